import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ListEnvelope, responses } from '../../lib/schemas.js';
import { AuditEvent, AuditQuery } from './schemas.js';
import type { AuditService } from './service.js';

export const auditRoutes: FastifyPluginAsyncTypebox<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/audit',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['audit'],
        summary: 'Who changed what: audit events, newest first, filtered by actor, entity, action and time',
        querystring: AuditQuery,
        response: responses({ 200: ListEnvelope(AuditEvent) }),
      },
    },
    async (request) => {
      const { limit = 50, offset = 0 } = request.query;
      const { rows, total } = await audit.list(request.query);
      return { message: 'Audit events retrieved', data: rows, meta: { total, limit, offset } };
    },
  );
};
