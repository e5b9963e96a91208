import { useMutation } from '@tanstack/react-query';
import { type ApiRequestBody, api, send } from '../../../lib/api/client';
import { type Session, saveSession } from '../../../lib/auth-session';

export type LoginInput = ApiRequestBody<'/api/v1/auth/login'>;

export async function login(input: LoginInput): Promise<Session> {
  const { data } = await send(api.POST('/api/v1/auth/login', { body: input }));
  return { token: data.token, expires_at: data.expires_at, user: data.user };
}

export function useLogin({ onSuccess }: { onSuccess?: (session: Session) => void } = {}) {
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      saveSession(session);
      onSuccess?.(session);
    },
  });
}
