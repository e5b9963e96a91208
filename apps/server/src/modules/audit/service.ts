import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import { listAuditEvents } from './repository.js';
import type { AuditQuery } from './schemas.js';

export function auditService(db: Database) {
  return {
    list(query: Static<typeof AuditQuery>) {
      const { actor_id, entity, entity_id, action, limit = 50, offset = 0 } = query;
      const from = query.from === undefined ? undefined : new Date(query.from);
      const to = query.to === undefined ? undefined : new Date(query.to);
      if (from && to && from > to) {
        throw errors.invalidInput('"from" must not be after "to"', { from: query.from, to: query.to });
      }
      return listAuditEvents(
        db,
        { actorId: actor_id, entity, entityId: entity_id, action, from, to },
        limit,
        offset,
      );
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;
