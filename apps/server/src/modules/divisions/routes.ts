import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  Body,
  DateOnly,
  Envelope,
  FreeText,
  IdParams,
  Name,
  nullable,
  responses,
  Timestamp,
  Uuid,
} from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import type { RolloverService } from '../seasons/rollover.js';
import { Season } from '../seasons/schemas.js';
import type { WithdrawalService } from '../seasons/withdrawal.js';
import type { DivisionService } from './service.js';

const Division = Type.Object({
  id: Uuid,
  season_id: Uuid,
  name: Type.String(),
  level: Type.Integer({ description: '1 = top' }),
  promotion_places: Type.Integer(),
  relegation_places: Type.Integer(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
const Places = Type.Integer({ minimum: 0, maximum: 50 });
const Level = Type.Integer({ minimum: 1, maximum: 99 });
const CreateDivisionBody = Body({
  name: Name(100),
  level: Level,
  promotion_places: Type.Optional(Places),
  relegation_places: Type.Optional(Places),
});
const UpdateDivisionBody = Body({
  name: Type.Optional(Name(100)),
  level: Type.Optional(Level),
  promotion_places: Type.Optional(Places),
  relegation_places: Type.Optional(Places),
});
const TeamParams = Type.Object({ id: Uuid, teamId: Uuid });
const Movement = Type.Object({ team_id: Uuid, from_division_id: Uuid, to_division_id: Uuid });
const Withdrawal = Type.Object({
  team_id: Uuid,
  reason: Type.String(),
  walkovers: Type.Array(Uuid, { description: 'Fixtures that became walkovers for the opponent' }),
  registrations_withdrawn: Type.Integer(),
});
const WithdrawalPreview = Type.Object({
  team_id: Uuid,
  walkovers: Type.Array(
    Type.Object({
      fixture_id: Uuid,
      round: Type.Integer(),
      opponent_team_id: Uuid,
      opponent_team_name: Type.String(),
      scheduled_at: nullable(Timestamp),
      status: Type.String({ description: 'SCHEDULED or POSTPONED' }),
    }),
    { description: 'Fixtures the withdrawal would turn into walkovers for the opponent, by round' },
  ),
  fixtures_started: Type.Integer({ description: 'ONGOING fixtures it leaves for the organiser' }),
  registrations_withdrawn: Type.Integer({ description: 'Registrations it would mark WITHDRAWN' }),
});

export const divisionRoutes: FastifyPluginAsyncTypebox<{
  divisions: DivisionService;
  withdrawals: WithdrawalService;
  rollover: RolloverService;
}> = async (app, { divisions, withdrawals, rollover }) => {
  app.get(
    '/seasons/:id/divisions',
    {
      schema: {
        tags: ['divisions'],
        summary: "A season's divisions, top first",
        params: IdParams,
        response: responses({ 200: Envelope(Type.Array(Division)) }, 404),
      },
    },
    async (request) => ({ message: 'Divisions retrieved', data: await divisions.list(request.params.id) }),
  );

  app.post(
    '/seasons/:id/divisions',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['divisions'],
        summary: 'Add a division (name unique per season ignoring case, level unique, 1 = top)',
        params: IdParams,
        body: CreateDivisionBody,
        response: responses({ 201: Envelope(Division) }, 404, 409),
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        message: 'Division created',
        data: await divisions.create(actorOf(request), request.params.id, request.body),
      }),
  );

  app.patch(
    '/divisions/:id',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['divisions'],
        summary: 'Rename a division or change its level or promotion and relegation places',
        params: IdParams,
        body: UpdateDivisionBody,
        response: responses({ 200: Envelope(Division) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Division updated',
      data: await divisions.update(actorOf(request), request.params.id, request.body),
    }),
  );

  app.patch(
    '/seasons/:id/teams/:teamId',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['divisions'],
        summary: 'Move an entered team to another division, while it has no fixtures',
        params: TeamParams,
        body: Body({ division_id: Uuid }),
        response: responses({ 200: Envelope(Type.Object({ team_id: Uuid, division_id: Uuid })) }, 404, 409),
      },
    },
    async (request) => {
      await divisions.moveTeam(
        actorOf(request),
        request.params.id,
        request.params.teamId,
        request.body.division_id,
      );
      return {
        message: 'Team moved',
        data: { team_id: request.params.teamId, division_id: request.body.division_id },
      };
    },
  );

  app.get(
    '/seasons/:id/teams/:teamId/withdrawal',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['divisions'],
        summary: 'Preview a withdrawal: the fixtures that would become walkovers, changing nothing',
        params: TeamParams,
        response: responses({ 200: Envelope(WithdrawalPreview) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Withdrawal previewed',
      data: await withdrawals.preview(request.params.id, request.params.teamId),
    }),
  );

  app.post(
    '/seasons/:id/teams/:teamId/withdraw',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['divisions'],
        summary: 'Withdraw a team: its unplayed fixtures become walkovers, its registrations WITHDRAWN',
        params: TeamParams,
        body: Body({ reason: FreeText(500) }),
        response: responses({ 200: Envelope(Withdrawal) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Team withdrawn',
      data: await withdrawals.withdraw(
        actorOf(request),
        request.params.id,
        request.params.teamId,
        request.body.reason,
      ),
    }),
  );

  app.post(
    '/seasons/:id/next',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['divisions'],
        summary: 'Roll a FINISHED season over: same divisions and teams, moved by promotion and relegation',
        description:
          'from_division_id is the finished season’s division, to_division_id the new season’s; teams that ' +
          'did not move are not listed.',
        params: IdParams,
        body: Body({
          name: Name(120),
          year: Type.Integer({ minimum: 2000, maximum: 2100 }),
          start_date: Type.Optional(nullable(DateOnly)),
        }),
        response: responses(
          { 201: Envelope(Type.Object({ season: Season, movements: Type.Array(Movement) })) },
          404,
          409,
        ),
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        message: 'Next season created',
        data: await rollover.next(actorOf(request), request.params.id, request.body),
      }),
  );
};
