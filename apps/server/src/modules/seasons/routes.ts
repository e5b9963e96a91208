import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Envelope, IdParams, ListEnvelope, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import {
  CreateSeasonBody,
  EnterTeamBody,
  FinishSeasonBody,
  Season,
  SeasonListQuery,
  SeasonTeam,
  UpdateSeasonBody,
} from './schemas.js';
import { rulesOf, type SeasonService } from './service.js';

const view = <T extends { rules: unknown }>(season: T) => ({ ...season, rules: rulesOf(season) });

export const seasonRoutes: FastifyPluginAsyncTypebox<{ seasons: SeasonService }> = async (
  app,
  { seasons },
) => {
  app.get(
    '/seasons',
    {
      schema: {
        tags: ['seasons'],
        summary: 'List seasons, newest first',
        querystring: SeasonListQuery,
        response: responses({ 200: ListEnvelope(Season) }),
      },
    },
    async (request) => {
      const { status, year, limit = 50, offset = 0 } = request.query;
      const { rows, total } = await seasons.list({ status, year }, limit, offset);
      return { message: 'Seasons retrieved', data: rows.map(view), meta: { total, limit, offset } };
    },
  );

  app.post(
    '/seasons',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['seasons'],
        summary: 'Create a season (rules default per SPEC §3)',
        body: CreateSeasonBody,
        response: responses({ 201: Envelope(Season) }),
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        message: 'Season created',
        data: view(await seasons.create(actorOf(request), request.body)),
      }),
  );

  app.get(
    '/seasons/:id',
    {
      schema: {
        tags: ['seasons'],
        summary: 'Get a season',
        params: IdParams,
        response: responses({ 200: Envelope(Season) }, 404),
      },
    },
    async (request) => ({ message: 'Season retrieved', data: view(await seasons.get(request.params.id)) }),
  );

  app.patch(
    '/seasons/:id',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['seasons'],
        summary: 'Update a season',
        params: IdParams,
        body: UpdateSeasonBody,
        response: responses({ 200: Envelope(Season) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Season updated',
      data: view(await seasons.update(actorOf(request), request.params.id, request.body)),
    }),
  );

  app.post(
    '/seasons/:id/start',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['seasons'],
        summary: 'Start a season (at most one is ACTIVE)',
        params: IdParams,
        response: responses({ 200: Envelope(Season) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Season started',
      data: view(await seasons.start(actorOf(request), request.params.id)),
    }),
  );

  app.post(
    '/seasons/:id/finish',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['seasons'],
        summary: 'Finish a season (every round finalized, or force with a reason)',
        params: IdParams,
        body: FinishSeasonBody,
        response: responses({ 200: Envelope(Season) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Season finished',
      data: view(await seasons.finish(actorOf(request), request.params.id, request.body ?? {})),
    }),
  );

  app.get(
    '/seasons/:id/teams',
    {
      schema: {
        tags: ['seasons'],
        summary: 'Teams entered in a season',
        params: IdParams,
        response: responses({ 200: Envelope(Type.Array(SeasonTeam)) }, 404),
      },
    },
    async (request) => ({ message: 'Season teams retrieved', data: await seasons.teams(request.params.id) }),
  );

  app.post(
    '/seasons/:id/teams',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['seasons'],
        summary: 'Enter a team in a season (in a division, once the season has divisions)',
        params: IdParams,
        body: EnterTeamBody,
        response: responses({ 201: Envelope(SeasonTeam) }, 404, 409),
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        message: 'Team entered',
        data: await seasons.enterTeam(
          actorOf(request),
          request.params.id,
          request.body.team_id,
          request.body.division_id,
        ),
      }),
  );
};
