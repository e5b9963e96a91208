import { Type } from 'typebox';
import { nullable, Paging, Timestamp, Uuid } from '../../lib/schemas.js';

export const AuditEvent = Type.Object({
  id: Uuid,
  seq: Type.Integer(),
  actor_id: nullable(Uuid),
  /** The actor's email at read time; null for system actions (start-up, imports). */
  actor_email: nullable(Type.String()),
  action: Type.String(),
  entity: Type.String(),
  entity_id: nullable(Type.String()),
  before: Type.Unknown({ description: 'The entity before the change (null on create)' }),
  after: Type.Unknown({ description: 'The entity after the change' }),
  request_id: nullable(Type.String()),
  created_at: Timestamp,
});

export const AuditQuery = Type.Object({
  actor_id: Type.Optional(Uuid),
  entity: Type.Optional(Type.String({ pattern: '^[a-z][a-z_]{0,39}$', description: 'e.g. team, player' })),
  entity_id: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._:/-]+$' })),
  action: Type.Optional(
    Type.String({ pattern: '^[a-z][a-z_.]{0,59}$', description: 'e.g. team.create, user.role_change' }),
  ),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Inclusive' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Exclusive' })),
  ...Paging,
});
