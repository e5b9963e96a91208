import { useSyncExternalStore } from 'react';
import type { ApiData } from './api/client';

type SignedIn = ApiData<'/api/v1/auth/login', 'post'>;

export type Role = SignedIn['user']['role'];

/** What this phone keeps of the account that signed in: enough to greet it and offer its screens. */
export type SessionUser = Pick<SignedIn['user'], 'id' | 'email' | 'role' | 'display_name'>;

export interface Session extends Pick<SignedIn, 'token' | 'expires_at'> {
  user: SessionUser;
}

const STORAGE_KEY = 'pingpong.session';
const ROLE_LEVEL: Record<Role, number> = { VIEWER: 1, MODERATOR: 2, ADMIN: 3 };

/** Reads a stored session, or null when it is missing, malformed or expired. */
export function parseSession(raw: string | null, now = Date.now()): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.token !== 'string' || !value.user || typeof value.user.role !== 'string') return null;
    if (!(value.user.role in ROLE_LEVEL)) return null;
    const expires = Date.parse(String(value.expires_at));
    if (Number.isFinite(expires) && expires <= now) return null;
    return value as Session;
  } catch {
    return null;
  }
}

export function hasRole(session: Session | null, minimum: Role): boolean {
  return session !== null && ROLE_LEVEL[session.user.role] >= ROLE_LEVEL[minimum];
}

const listeners = new Set<() => void>();
let current: Session | null | undefined;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function notify() {
  for (const listener of listeners) listener();
}

export function getSession(): Session | null {
  if (current === undefined) current = parseSession(storage()?.getItem(STORAGE_KEY) ?? null);
  if (current && Date.parse(current.expires_at) <= Date.now()) current = null;
  return current;
}

export function saveSession(session: Session): void {
  storage()?.setItem(STORAGE_KEY, JSON.stringify(session));
  current = session;
  notify();
}

export function clearSession(): void {
  storage()?.removeItem(STORAGE_KEY);
  current = null;
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Signing in or out in another tab applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    current = undefined;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, () => null);
}
