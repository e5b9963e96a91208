import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../db/client.js';
import { idempotencyKeys } from '../db/schema/index.js';
import { errors } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { actorId: string; key: string } | null;
  }
}

const KEY = /^[\x21-\x7E]{1,200}$/;
const PENDING = 0;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Idempotency-Key on any authenticated write (SPEC §3): the first request claims the key, a repeat with
 * the same body gets the stored first response and changes nothing, a different body gets 409
 * IDEMPOTENCY_CONFLICT. Claiming with INSERT … ON CONFLICT DO NOTHING makes simultaneous repeats safe:
 * only one of them runs.
 */
async function idempotencyPlugin(app: FastifyInstance, { db }: { db: Database }) {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (key === undefined || !WRITE_METHODS.has(request.method) || !request.user) return;
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw errors.invalidInput('Idempotency-Key must be 1-200 visible ASCII characters');
    }
    const route = `${request.method} ${request.url.split('?')[0]}`;
    const requestHash = createHash('sha256')
      .update(`${route}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const actorId = request.user.id;

    const [claimed] = await db
      .insert(idempotencyKeys)
      .values({
        actor_id: actorId,
        key,
        route,
        request_hash: requestHash,
        status_code: PENDING,
        response: {},
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed) {
      request.idempotency = { actorId, key };
      return;
    }
    const [stored] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.actor_id, actorId), eq(idempotencyKeys.key, key)));
    if (!stored || stored.request_hash !== requestHash) throw errors.idempotencyConflict();
    if (stored.status_code === PENDING) {
      throw errors.conflict('A request with this Idempotency-Key is still being processed; retry shortly', {
        key,
      });
    }
    return reply.status(stored.status_code).header('idempotent-replayed', 'true').send(stored.response);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    const where = and(eq(idempotencyKeys.actor_id, claim.actorId), eq(idempotencyKeys.key, claim.key));
    try {
      // A server-side failure is not an answer worth replaying: free the key so the client can retry.
      if (reply.statusCode >= 500) {
        await db.delete(idempotencyKeys).where(where);
      } else {
        const body = typeof payload === 'string' ? safeJson(payload) : null;
        await db
          .update(idempotencyKeys)
          .set({ status_code: reply.statusCode, response: body ?? {}, created_at: sql`now()` })
          .where(where);
      }
    } catch (error) {
      request.log.warn({ err: error, key: claim.key }, 'could not store the idempotent response');
    }
    return payload;
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export default fp(idempotencyPlugin, { name: 'idempotency' });
