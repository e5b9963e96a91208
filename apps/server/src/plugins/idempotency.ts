import { createHash, randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import fp from 'fastify-plugin';
import type postgres from 'postgres';
import type { Database } from '../db/client.js';
import { withDeadline } from '../db/request-transaction.js';
import { idempotencyKeys } from '../db/schema/index.js';
import { errors } from '../errors.js';
import { hooksOf, isWriteRoute, WRITE_METHODS } from '../lib/route-hooks.js';
import { withinRequest } from '../request-context.js';
import { type KeyedRequest, runKeyedRequest } from './keyed-request.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { actorId: string; key: string; token: string; run: KeyedRequest | null } | null;
  }
}

export interface IdempotencyOptions {
  db: Database;
  sql: postgres.Sql;
  /** The request deadline: a keyed write never commits after it. */
  deadlineMs: number;
  /** Stored responses older than this are pruned. */
  keepHours: number;
}

const KEY = /^[\x21-\x7E]{1,200}$/;
const PENDING = 0;
const PRUNE_EVERY_MS = 10 * 60_000;
/** A claim outlives its request's deadline a little, so the request is surely over when it is taken over. */
const CLAIM_MARGIN_MS = 5_000;

/**
 * Idempotency-Key on any authenticated write (SPEC §3). The first request claims the key (committed at
 * once, so simultaneous repeats see it and get 409 "still being processed"); the handler then runs in
 * one transaction with the stored response (keyed-request.ts), so a committed write always has its real
 * response to replay, and a write that did not commit left nothing behind. A claim whose request died
 * (a crash, a kill -9) expires after the request deadline; the next retry takes it over, and only the
 * transaction holding the current claim token may store a response, so a late original cannot commit too.
 */
async function idempotencyPlugin(app: FastifyInstance, options: IdempotencyOptions) {
  const { db } = options;
  const claimMs = options.deadlineMs + CLAIM_MARGIN_MS;
  app.decorateRequest('idempotency', null);

  // Attached only to write routes (and ahead of their own hooks, as global hooks would run): a read pays
  // for none of this, not even a promise (bench/README.md, "leaderboard read").
  app.addHook('onRoute', (route) => {
    if (!isWriteRoute(route)) return;
    route.preHandler = [claimKey, ...hooksOf(route.preHandler)] as typeof route.preHandler;
    route.onSend = [finishKey, ...hooksOf(route.onSend)] as typeof route.onSend;
    const handler = route.handler as RouteHandlerMethod;
    // A route with a longer deadline of its own (photo uploads on a slow phone) keeps it; known here, so
    // not read from request.routeOptions (a fresh object on every access) per request.
    const ownMs = Math.max(options.deadlineMs, route.handlerTimeout ?? 0);
    route.handler = function keyed(this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
      const claim = request.idempotency;
      const deadlineAt = Date.now() + options.deadlineMs - (reply.elapsedTime ?? 0);
      if (!claim) {
        const at = Date.now() + ownMs - (reply.elapsedTime ?? 0);
        return withDeadline(at, () => handler.call(this, request, reply));
      }
      const run = runKeyedRequest({
        sql: options.sql,
        deadlineAt,
        handler: () => handler.call(this, request, reply),
        storeResponse: async (tx, statusCode, response) => {
          const stored = await tx`
            UPDATE idempotency_keys
               SET status_code = ${statusCode}, response = ${JSON.stringify(response ?? {})}::jsonb,
                   created_at = now(), claim_expires_at = NULL
             WHERE actor_id = ${claim.actorId} AND key = ${claim.key} AND claim_token = ${claim.token}
               AND status_code = ${PENDING}
            RETURNING 1`;
          return stored.length === 1;
        },
      });
      claim.run = run;
      return run.handlerResult;
    } as RouteHandlerMethod;
  });

  async function claimKey(request: FastifyRequest, reply: FastifyReply) {
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
    const token = randomUUID();
    const expires = sql`now() + ${`${claimMs} milliseconds`}::interval`;

    const [claimed] = await db
      .insert(idempotencyKeys)
      .values({
        actor_id: actorId,
        key,
        route,
        request_hash: requestHash,
        status_code: PENDING,
        response: {},
        claim_token: token,
        claim_expires_at: expires,
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    const where = and(eq(idempotencyKeys.actor_id, actorId), eq(idempotencyKeys.key, key));
    if (!claimed) {
      const [stored] = await db.select().from(idempotencyKeys).where(where);
      if (!stored || stored.request_hash !== requestHash) throw errors.idempotencyConflict();
      if (stored.status_code !== PENDING) {
        return reply.status(stored.status_code).header('idempotent-replayed', 'true').send(stored.response);
      }
      // Taken over only if it is still pending and past its deadline: the request holding it died.
      const [reclaimed] = await db
        .update(idempotencyKeys)
        .set({ claim_token: token, claim_expires_at: expires, created_at: sql`now()` })
        .where(
          and(
            where,
            eq(idempotencyKeys.status_code, PENDING),
            or(isNull(idempotencyKeys.claim_expires_at), lt(idempotencyKeys.claim_expires_at, sql`now()`)),
          ),
        )
        .returning({ key: idempotencyKeys.key });
      if (!reclaimed) {
        throw errors.conflict('A request with this Idempotency-Key is still being processed; retry shortly', {
          key,
        });
      }
    }
    request.idempotency = { actorId, key, token, run: null };
  }

  async function finishKey(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    const status = reply.statusCode;
    if (claim.run && status < 400) {
      // The response leaves only once the write and its stored response have committed together.
      const outcome = await claim.run.finish(status, typeof payload === 'string' ? safeJson(payload) : null);
      if (outcome === 'claim-lost') throw errors.idempotencyConflict();
      // Finished only after the deadline: rolled back, so the answer must say it did not happen.
      if (outcome === 'rolled-back') throw errors.requestTimeout();
      return payload;
    }
    claim.run?.finish(status, null).catch(() => {});
    const where = and(
      eq(idempotencyKeys.actor_id, claim.actorId),
      eq(idempotencyKeys.key, claim.key),
      eq(idempotencyKeys.claim_token, claim.token),
    );
    // The handler's transaction (if any) rolled back: nothing was written. Outside it, so the request's
    // own transaction is not used for this.
    await withinRequest({ transaction: undefined }, async () => {
      try {
        // A server-side failure is not an answer worth replaying: free the key so the client can retry.
        if (status >= 500) await db.delete(idempotencyKeys).where(where);
        else {
          const body = typeof payload === 'string' ? safeJson(payload) : null;
          await db
            .update(idempotencyKeys)
            .set({
              status_code: status,
              response: body ?? {},
              created_at: sql`now()`,
              claim_expires_at: null,
            })
            .where(and(where, eq(idempotencyKeys.status_code, PENDING)));
        }
      } catch (error) {
        request.log.warn({ err: error, key: claim.key }, 'could not store the idempotent response');
      }
    });
    return payload;
  }

  // Old keys go: every instance prunes, the DELETE is cheap and idempotent.
  const prune = async () => {
    try {
      await db
        .delete(idempotencyKeys)
        .where(
          and(
            lt(idempotencyKeys.created_at, sql`now() - ${`${options.keepHours} hours`}::interval`),
            or(
              sql`${idempotencyKeys.status_code} <> ${PENDING}`,
              lt(idempotencyKeys.claim_expires_at, sql`now()`),
            ),
          ),
        );
    } catch (error) {
      app.log.warn({ err: error }, 'could not prune old idempotency keys');
    }
  };
  const timer = setInterval(() => void prune(), PRUNE_EVERY_MS);
  timer.unref();
  // Not awaited: a database that is away at start-up must not hold the server's start.
  app.addHook('onReady', async () => {
    void prune();
  });
  app.addHook('onClose', async () => clearInterval(timer));
  app.decorate('pruneIdempotencyKeys', prune);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    pruneIdempotencyKeys(): Promise<void>;
  }
}

export default fp(idempotencyPlugin, { name: 'idempotency' });
