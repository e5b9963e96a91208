import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type Session, saveSession } from '../../../lib/auth-session';

export interface LoginInput {
  email: string;
  password: string;
}

interface LoginResponse extends Session {
  token_type: 'Bearer';
}

export async function login(input: LoginInput): Promise<Session> {
  const { data } = await apiRequest<LoginResponse>('/auth/login', { method: 'POST', body: input });
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
