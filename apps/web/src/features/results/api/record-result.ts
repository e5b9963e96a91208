import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiRequestBody, api, send } from '../../../lib/api/client';
import { staleQueriesFor } from '../../../lib/live-events';

export interface RecordResultInput
  extends Pick<ApiRequestBody<'/api/v1/matches/{id}/result'>, 'home_sets' | 'guest_sets'> {
  seasonId: string;
  fixtureId: string;
  matchId: string;
  idempotencyKey: string;
}

/** POST /matches/{id}/result. The Idempotency-Key makes a retried tap record the result once. */
export const recordResult = ({ matchId, home_sets, guest_sets, idempotencyKey }: RecordResultInput) =>
  send(
    api.POST('/api/v1/matches/{id}/result', {
      params: { path: { id: matchId } },
      body: { home_sets, guest_sets },
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );

export function useRecordResult({ onSuccess }: { onSuccess?: (input: RecordResultInput) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordResult,
    onSuccess: async (_response, input) => {
      const stale = staleQueriesFor('result_recorded', input.seasonId, {
        fixture_id: input.fixtureId,
        match_id: input.matchId,
      });
      await Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      onSuccess?.(input);
    },
  });
}
