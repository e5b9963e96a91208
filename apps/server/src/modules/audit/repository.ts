import { and, count, desc, eq, gte, lt } from 'drizzle-orm';
import { type Executor, rawSql } from '../../db/client.js';
import { auditEvents, users } from '../../db/schema/index.js';
import type { Actor } from '../../plugins/auth.js';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Written inside the caller's transaction, so an audit row exists exactly when the change does. */
export async function recordAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  await rawSql(tx)`
    INSERT INTO audit_events (actor_id, action, entity, entity_id, before, after, request_id)
    VALUES (${actor.userId}, ${entry.action}, ${entry.entity}, ${entry.entityId},
            ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb, ${actor.requestId})`;
}

export interface AuditFilter {
  actorId?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

/** Newest first by seq (rows of one transaction share created_at, never seq); every filter has an index. */
export async function listAuditEvents(db: Executor, filter: AuditFilter, limit: number, offset: number) {
  const where = and(
    filter.actorId ? eq(auditEvents.actor_id, filter.actorId) : undefined,
    filter.entity ? eq(auditEvents.entity, filter.entity) : undefined,
    filter.entityId ? eq(auditEvents.entity_id, filter.entityId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.created_at, filter.from) : undefined,
    filter.to ? lt(auditEvents.created_at, filter.to) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        seq: auditEvents.seq,
        actor_id: auditEvents.actor_id,
        actor_email: users.email,
        action: auditEvents.action,
        entity: auditEvents.entity,
        entity_id: auditEvents.entity_id,
        before: auditEvents.before,
        after: auditEvents.after,
        request_id: auditEvents.request_id,
        created_at: auditEvents.created_at,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actor_id))
      .where(where)
      .orderBy(desc(auditEvents.seq))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}
