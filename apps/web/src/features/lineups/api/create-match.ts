import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiData, type ApiRequestBody, api, send } from '../../../lib/api/client';
import { isApiError } from '../../../lib/api-error';
import { staleQueriesFor } from '../../../lib/live-events';
import { queryKeys } from '../../../lib/query-keys';

export type CreateMatchBody = ApiRequestBody<'/api/v1/matches'>;

export interface CreateMatchInput {
  seasonId: string;
  round: number;
  teamIds: [string, string];
  body: CreateMatchBody;
  idempotencyKey: string;
}

export type CreatedMatch = ApiData<'/api/v1/matches', 'post'>;

/** POST /matches: one SINGLE or DOUBLE match in a fixture's line-up, by player ids (not registrations). */
export const createMatch = ({ body, idempotencyKey }: CreateMatchInput) =>
  send(api.POST('/api/v1/matches', { body, headers: { 'Idempotency-Key': idempotencyKey } }));

/** What a refusal says is out of date on this phone: someone else's match, a locked round, a roster change. */
function staleAfterRefusal(error: unknown, input: CreateMatchInput) {
  if (!isApiError(error)) return [];
  if (error.code === 'MATCH_ORDER_TAKEN') return [queryKeys.fixture(input.body.fixture_id)];
  if (error.code === 'ROUND_LOCKED' || error.code === 'ROUND_FINALIZED')
    return [queryKeys.round(input.seasonId, input.round)];
  if (error.code === 'INVALID_PLAYERS')
    return input.teamIds.map((teamId) => queryKeys.teamMembers(input.seasonId, teamId));
  return [];
}

export function useCreateMatch({ onSuccess }: { onSuccess?: (match: CreatedMatch) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMatch,
    onSuccess: async (response, input) => {
      const stale = staleQueriesFor('fixture_updated', input.seasonId, { fixture_id: input.body.fixture_id });
      await Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      onSuccess?.(response.data);
    },
    onError: (error, input) => {
      for (const queryKey of staleAfterRefusal(error, input))
        void queryClient.invalidateQueries({ queryKey });
    },
  });
}
