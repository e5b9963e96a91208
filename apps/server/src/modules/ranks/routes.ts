import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { asc, eq, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import type { Database } from '../../db/client.js';
import { ranks } from '../../db/schema/index.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { Body, Envelope, FreeText, responses } from '../../lib/schemas.js';
import { cleanText } from '../../lib/text.js';
import { actorOf } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';

const Rank = Type.Object({
  id: Type.String(),
  sort_order: Type.Integer(),
  min_score: Type.Union([Type.Integer(), Type.Null()]),
  max_score: Type.Union([Type.Integer(), Type.Null()]),
  standard_score: Type.Integer(),
  description: Type.Union([Type.String(), Type.Null()]),
  promotion_buffer: Type.Integer(),
  relegation_buffer: Type.Integer(),
});

const Score = Type.Integer({ minimum: 0, maximum: 10_000 });
const UpdateRankBody = Body({
  min_score: Type.Optional(Type.Union([Score, Type.Null()])),
  max_score: Type.Optional(Type.Union([Score, Type.Null()])),
  standard_score: Type.Optional(Score),
  description: Type.Optional(Type.Union([FreeText(200), Type.Null()])),
  promotion_buffer: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  relegation_buffer: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
});

const RankParams = Type.Object({ id: Type.String({ pattern: '^[A-Z][0-9]$' }) });

/** Ranks are a short fixed list: the whole module (nine rows, two routes) stays in one file. */
export const rankRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const columns = {
    id: ranks.id,
    sort_order: ranks.sort_order,
    min_score: ranks.min_score,
    max_score: ranks.max_score,
    standard_score: ranks.standard_score,
    description: ranks.description,
    promotion_buffer: ranks.promotion_buffer,
    relegation_buffer: ranks.relegation_buffer,
  };

  app.get(
    '/ranks',
    {
      schema: {
        tags: ['ranks'],
        summary: 'The rank tiers, lowest first',
        response: responses({ 200: Envelope(Type.Array(Rank)) }),
      },
    },
    async () => ({
      message: 'Ranks retrieved',
      data: await db.select(columns).from(ranks).orderBy(asc(ranks.sort_order)),
    }),
  );

  app.put(
    '/ranks/:id',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['ranks'],
        summary: "Edit a tier's thresholds and buffers",
        params: RankParams,
        body: UpdateRankBody,
        response: responses({ 200: Envelope(Rank) }, 404),
      },
    },
    async (request) => {
      const { id } = request.params;
      const rank = await inTransaction(db, async (tx) => {
        const [before] = await tx.select(columns).from(ranks).where(eq(ranks.id, id)).for('update');
        if (!before) throw errors.rankNotFound(id);
        const changes = { ...request.body, description: cleanText(request.body.description) };
        const next = { ...before, ...changes };
        if (next.min_score !== null && next.max_score !== null && next.min_score > next.max_score) {
          throw errors.invalidInput('min_score must not be above max_score', {
            min_score: next.min_score,
            max_score: next.max_score,
          });
        }
        const [after] = await tx
          .update(ranks)
          .set({ ...changes, updated_at: sql`now()` })
          .where(eq(ranks.id, id))
          .returning(columns);
        await recordAudit(tx, actorOf(request), {
          action: 'rank.update',
          entity: 'rank',
          entityId: id,
          before,
          after,
        });
        return after!;
      });
      return { message: 'Rank updated', data: rank };
    },
  );
};
