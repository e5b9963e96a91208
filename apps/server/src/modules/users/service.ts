import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import { violatedConstraint } from '../../db/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { AttemptThrottle } from '../../lib/attempt-throttle.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../lib/passwords.js';
import type { Role } from '../../lib/roles.js';
import type { SharedCounters } from '../../lib/shared-counters.js';
import { cleanOptional } from '../../lib/text.js';
import type { Actor, AuthUser } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import * as repo from './repository.js';
import type { CreateUserBody, UpdateUserBody } from './schemas.js';

const AUTH_CACHE_MS = 2_000;

export interface UserServiceOptions {
  /** Sign-in attempts per account (email) per window; the per-IP limit sits in front of this one. */
  loginAttempts?: { max: number; windowSeconds: number };
  /** Counts the attempts in PostgreSQL, so several instances share one limit (else in memory). */
  counters?: SharedCounters;
}

export function userService(db: Database, options: UserServiceOptions = {}) {
  // Authenticated requests look the account up; a short cache keeps that off the hot path.
  const authCache = new Map<string, { user: AuthUser | null; until: number }>();
  // Guessing one account's password from many IPs gets past the per-IP limit; this one follows the account.
  const maxAttempts = options.loginAttempts?.max ?? 5;
  const windowMs = (options.loginAttempts?.windowSeconds ?? 900) * 1000;
  const local = new AttemptThrottle({ maxAttempts, windowMs });
  const counters = options.counters;
  const loginThrottle = {
    async take(key: string): Promise<number | null> {
      if (!counters) return local.take(key);
      const { count, ttlMs } = await counters.hitExact(`login-account:${key}`, windowMs);
      return count <= maxAttempts ? null : Math.max(1, Math.ceil(ttlMs / 1000));
    },
    async reset(key: string): Promise<void> {
      local.reset(key);
      await counters?.clear(`login-account:${key}`);
    },
  };

  /** `onlyIfFirst`: instances starting together take turns, and only one finds the table empty. */
  async function create(actor: Actor, input: Static<typeof CreateUserBody>, onlyIfFirst = false) {
    const email = input.email.trim().toLowerCase();
    const password_hash = await hashPassword(input.password);
    try {
      return await inTransaction(db, async (tx) => {
        if (onlyIfFirst) {
          await repo.lockFirstUser(tx);
          if ((await repo.countUsers(tx)) > 0) return null;
        }
        const user = await repo.insertUser(tx, {
          email,
          password_hash,
          role: input.role,
          display_name: cleanOptional(input.display_name),
        });
        await recordAudit(tx, actor, {
          action: 'user.create',
          entity: 'user',
          entityId: user.id,
          after: user,
        });
        return user;
      });
    } catch (error) {
      if (violatedConstraint(error) === 'users_email_lower_key') throw errors.userAlreadyExists(email);
      throw error;
    }
  }

  return {
    list: (limit: number, offset: number) => repo.listUsers(db, limit, offset),
    create: async (actor: Actor, input: Static<typeof CreateUserBody>) => (await create(actor, input))!,

    async update(actor: Actor, id: string, input: Static<typeof UpdateUserBody>) {
      const password_hash = input.password ? await hashPassword(input.password) : undefined;
      const user = await inTransaction(db, async (tx) => {
        const before = await repo.findUser(tx, id, true);
        if (!before) throw errors.userNotFound(id);
        const losesAdmin =
          before.role === 'ADMIN' &&
          before.is_active &&
          ((input.role !== undefined && input.role !== 'ADMIN') || input.is_active === false);
        if (losesAdmin && (await repo.countOtherActiveAdmins(tx, id)) === 0) {
          throw errors.conflict('The league needs at least one active admin', { user_id: id });
        }
        const after = await repo.updateUser(tx, id, {
          role: input.role,
          is_active: input.is_active,
          display_name: input.display_name === undefined ? undefined : cleanOptional(input.display_name),
          password_hash,
        });
        const action =
          input.role !== undefined && input.role !== before.role ? 'user.role_change' : 'user.update';
        await recordAudit(tx, actor, { action, entity: 'user', entityId: id, before, after });
        return after!;
      });
      authCache.delete(id);
      return user;
    },

    async get(id: string) {
      const user = await repo.findUser(db, id);
      if (!user) throw errors.userNotFound(id);
      return user;
    },

    /**
     * Unknown emails are throttled like real ones, so the limit does not reveal which accounts exist. While an
     * account is throttled even the right password is refused, or the limit would confirm a correct guess.
     */
    async login(email: string, password: string) {
      const key = email.trim().toLowerCase();
      const retryAfter = await loginThrottle.take(key);
      if (retryAfter !== null) throw errors.rateLimited(retryAfter);
      const user = await repo.findUserByEmail(db, key);
      const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
      if (!user || !ok || !user.is_active) throw errors.invalidCredentials();
      await loginThrottle.reset(key);
      await repo.updateUser(db, user.id, { last_login_at: new Date() });
      return { id: user.id, email: user.email, role: user.role } satisfies AuthUser;
    },

    async findActiveUser(id: string): Promise<AuthUser | null> {
      const cached = authCache.get(id);
      if (cached && cached.until > Date.now()) return cached.user;
      const row = await repo.findUser(db, id);
      const user = row?.is_active ? { id: row.id, email: row.email, role: row.role } : null;
      if (authCache.size > 10_000) authCache.clear();
      authCache.set(id, { user, until: Date.now() + AUTH_CACHE_MS });
      return user;
    },

    /** The first admin comes from ADMIN_EMAIL/ADMIN_PASSWORD, only while the league has no account at all. */
    async ensureFirstAdmin(admin: { email: string; password: string } | null): Promise<boolean> {
      if (!admin || (await repo.countUsers(db)) > 0) return false;
      const created = await create(
        { userId: null, requestId: 'startup' },
        { email: admin.email, password: admin.password, role: 'ADMIN' as Role },
        true,
      );
      return created !== null;
    },
  };
}

export type UserService = ReturnType<typeof userService>;
