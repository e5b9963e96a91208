import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiRequestBody, api, send } from '../../../lib/api/client';
import { isApiError } from '../../../lib/api-error';
import { staleQueriesFor } from '../../../lib/live-events';
import { queryKeys } from '../../../lib/query-keys';

export interface VoidResultInput extends ApiRequestBody<'/api/v1/matches/{id}/result/void'> {
  seasonId: string;
  fixtureId: string;
  matchId: string;
  idempotencyKey: string;
}

/** POST /matches/{id}/result/void (ADMIN): compensating CORRECTION logs; the match can be recorded again. */
export const voidResult = ({ matchId, reason, idempotencyKey }: VoidResultInput) =>
  send(
    api.POST('/api/v1/matches/{id}/result/void', {
      params: { path: { id: matchId } },
      body: { reason },
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );

export function useVoidResult({ onSuccess }: { onSuccess?: (input: VoidResultInput) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: voidResult,
    onSuccess: async (_response, input) => {
      const stale = staleQueriesFor('result_voided', input.seasonId, {
        fixture_id: input.fixtureId,
        match_id: input.matchId,
      });
      await Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      onSuccess?.(input);
    },
    onError: (error, input) => {
      // Someone voided it first: show the match as it is now.
      if (isApiError(error) && error.code === 'MATCH_NOT_RECORDED')
        void queryClient.invalidateQueries({ queryKey: queryKeys.fixture(input.fixtureId) });
    },
  });
}
