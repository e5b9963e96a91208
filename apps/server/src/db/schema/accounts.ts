import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { Role } from '../../lib/roles.js';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: varchar('email', { length: 254 }).notNull(),
    password_hash: text('password_hash').notNull(),
    role: varchar('role', { length: 10 }).$type<Role>().notNull().default('VIEWER'),
    display_name: varchar('display_name', { length: 120 }),
    is_active: boolean('is_active').notNull().default(true),
    last_login_at: timestamp('last_login_at', { withTimezone: true }),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updated_at: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    check('users_role_check', sql`${t.role} IN ('ADMIN', 'MODERATOR', 'VIEWER')`),
  ],
);

/** Who did what. Append-only like the point logs (trigger in migration 0001). */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    actor_id: uuid('actor_id'),
    action: varchar('action', { length: 60 }).notNull(),
    entity: varchar('entity', { length: 40 }).notNull(),
    entity_id: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    request_id: varchar('request_id', { length: 100 }),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('idx_audit_events_entity').on(t.entity, t.entity_id),
    index('idx_audit_events_actor_id').on(t.actor_id),
    index('idx_audit_events_action').on(t.action),
    index('idx_audit_events_created_at').on(t.created_at),
  ],
);

/** First response of a write sent with an Idempotency-Key, replayed for repeats. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actor_id: uuid('actor_id').notNull(),
    key: varchar('key', { length: 200 }).notNull(),
    route: varchar('route', { length: 200 }).notNull(),
    request_hash: varchar('request_hash', { length: 64 }).notNull(),
    status_code: smallint('status_code').notNull(),
    response: jsonb('response').notNull(),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Which attempt holds the claim: only its transaction may store the response. */
    claim_token: uuid('claim_token'),
    /** A pending claim past this instant belongs to a request that died: the next retry takes it over. */
    claim_expires_at: timestamp('claim_expires_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.actor_id, t.key] }),
    index('idx_idempotency_keys_created_at').on(t.created_at),
  ],
);

/** Rows of a player import file, checked before they are committed. */
export const stagingPlayers = pgTable(
  'staging_players',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batch_id: uuid('batch_id').notNull(),
    row_number: integer('row_number').notNull(),
    full_name: varchar('full_name', { length: 120 }),
    birth_year: smallint('birth_year'),
    gender: varchar('gender', { length: 10 }),
    phone: varchar('phone', { length: 20 }),
    cccd: varchar('cccd', { length: 20 }),
    team_name: varchar('team_name', { length: 100 }),
    rank_id: varchar('rank_id', { length: 4 }),
    opening_points: numeric('opening_points', { precision: 10, scale: 2, mode: 'number' }),
    /** Chosen when the batch is committed: the player created from this row. */
    player_id: uuid('player_id'),
    problems: jsonb('problems').notNull().default([]),
    created_by: uuid('created_by').references(() => users.id),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idx_staging_players_batch_id').on(t.batch_id, t.row_number)],
);
