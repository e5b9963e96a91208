import type { Executor } from '../../db/client.js';
import { auditEvents } from '../../db/schema/index.js';
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
  await tx.insert(auditEvents).values({
    actor_id: actor.userId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    request_id: actor.requestId,
  });
}
