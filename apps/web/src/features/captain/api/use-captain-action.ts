import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiResult, send } from '../../../lib/api/client';

/**
 * One captain action through the generated client; afterwards every cached query refreshes (a result
 * touches tables and fixtures), and the action stays busy until they have.
 */
export function useCaptainAction<Input, T>(write: (input: Input) => Promise<ApiResult<T>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => send(write(input)),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
