import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import type { Role } from '../../lib/roles.js';

export type UserRow = typeof users.$inferSelect;

/** Every column but the password hash: what may leave the data layer for a response. */
export const publicColumns = {
  id: users.id,
  email: users.email,
  role: users.role,
  display_name: users.display_name,
  is_active: users.is_active,
  last_login_at: users.last_login_at,
  created_at: users.created_at,
  updated_at: users.updated_at,
};

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

export async function findUser(db: Executor, id: string, lock = false) {
  const query = db.select(publicColumns).from(users).where(eq(users.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

// Any fixed number; instances creating the first admin on start-up serialise on it.
const FIRST_USER_LOCK = 7_240_316;

export async function lockFirstUser(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${FIRST_USER_LOCK})`);
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ total: count() }).from(users);
  return row?.total ?? 0;
}

export async function countOtherActiveAdmins(db: Executor, exceptId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(users)
    .where(and(eq(users.role, 'ADMIN'), eq(users.is_active, true), ne(users.id, exceptId)));
  return row?.total ?? 0;
}

export async function listUsers(db: Executor, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    db.select(publicColumns).from(users).orderBy(asc(users.email)).limit(limit).offset(offset),
    countUsers(db),
  ]);
  return { rows, total };
}

export async function insertUser(
  db: Executor,
  values: { email: string; password_hash: string; role: Role; display_name?: string | null },
) {
  const [row] = await db.insert(users).values(values).returning(publicColumns);
  return row!;
}

export async function updateUser(
  db: Executor,
  id: string,
  values: Partial<Pick<UserRow, 'role' | 'is_active' | 'password_hash' | 'display_name' | 'last_login_at'>>,
) {
  const [row] = await db
    .update(users)
    .set({ ...values, updated_at: sql`now()` })
    .where(eq(users.id, id))
    .returning(publicColumns);
  return row;
}
