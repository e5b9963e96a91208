import { defaultRating } from '@pingpong/domain';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import { violatedConstraint } from '../../db/errors.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import { countDivisions } from '../divisions/repository.js';
import { findPlayer } from '../players/repository.js';
import { enterTeam, findSeason, isTeamInSeason } from '../seasons/repository.js';
import { findTeam } from '../teams/repository.js';
import * as repo from './repository.js';
import type { RegisterPlayerBody, UpdatePlayerSeasonBody } from './schemas.js';

type RegisterInput = Static<typeof RegisterPlayerBody>;

/**
 * The original client registers players straight into a team (SPEC §6): in a season without divisions
 * that enters the team too; with divisions the team must be entered in its division first.
 */
async function enterTeamIfNeeded(tx: Transaction, actor: Actor, seasonId: string, teamId: string) {
  if (await isTeamInSeason(tx, seasonId, teamId)) return;
  if (!(await findTeam(tx, teamId))) throw errors.teamNotFound(teamId);
  if ((await countDivisions(tx, seasonId)) > 0) throw errors.teamNotInSeason(teamId, seasonId);
  const entry = await enterTeam(tx, seasonId, teamId);
  await recordAudit(tx, actor, {
    action: 'season.enter_team',
    entity: 'season',
    entityId: seasonId,
    after: entry,
  });
}

async function assertTeamInSeason(tx: Transaction, seasonId: string, teamId: string) {
  if (await isTeamInSeason(tx, seasonId, teamId)) return;
  if (!(await findTeam(tx, teamId))) throw errors.teamNotFound(teamId);
  throw errors.teamNotInSeason(teamId, seasonId);
}

async function rankOrThrow(tx: Transaction, rankId: string) {
  const rank = await repo.findRank(tx, rankId);
  if (!rank) throw errors.rankNotFound(rankId);
  return rank;
}

/**
 * Rank and rating for a registration: given values win, then a carried-over season, then the rank's middle.
 * Carry-over reads a FINISHED season only: before that its rating and rank are not final yet.
 */
async function startingLevel(tx: Transaction, seasonId: string, input: RegisterInput) {
  const sourceId = input.carry_over_from_season_id;
  if (sourceId) {
    if (sourceId === seasonId) throw errors.invalidInput('A season cannot carry over from itself');
    const source = await findSeason(tx, sourceId);
    if (!source) throw errors.seasonNotFound(sourceId);
    if (source.status !== 'FINISHED') {
      throw errors.invalidSeasonStatus(
        `Carry-over takes a finished season's final rating and rank; that season is ${source.status}`,
        { carry_over_from_season_id: sourceId, status: source.status },
      );
    }
    const previous = await repo.findRegistration(tx, sourceId, input.player_id);
    if (!previous) throw errors.playerSeasonNotFound(`${sourceId}/${input.player_id}`);
    const rank = await rankOrThrow(tx, input.rank_id ?? previous.rank_id);
    return { rank, rating: input.rating ?? previous.rating, reason: 'CARRY_OVER' };
  }
  if (!input.rank_id) throw errors.missingRequiredField('rank_id');
  const rank = await rankOrThrow(tx, input.rank_id);
  return { rank, rating: input.rating ?? defaultRating(rank), reason: 'REGISTRATION' };
}

export function registrationService(db: Database) {
  return {
    async list(
      seasonId: string,
      filter: { teamId?: string; status?: string },
      limit: number,
      offset: number,
    ) {
      if (!(await findSeason(db, seasonId))) throw errors.seasonNotFound(seasonId);
      return repo.listRegistrations(db, seasonId, filter, limit, offset);
    },

    async get(id: string) {
      const row = await repo.findPlayerSeasonView(db, id);
      if (!row) throw errors.playerSeasonNotFound(id);
      return row;
    },

    async register(actor: Actor, seasonId: string, input: RegisterInput) {
      try {
        const id = await inTransaction(db, async (tx) => {
          const season = await findSeason(tx, seasonId);
          if (!season) throw errors.seasonNotFound(seasonId);
          if (season.status === 'FINISHED') throw errors.seasonNotActive(seasonId, season.status);
          const player = await findPlayer(tx, input.player_id);
          if (!player) throw errors.playerNotFound(input.player_id);
          if (!player.is_active) throw errors.playerInactive(player.id);
          await enterTeamIfNeeded(tx, actor, seasonId, input.team_id);
          const { rank, rating, reason } = await startingLevel(tx, seasonId, input);
          const openingPoints = input.opening_points ?? 0;
          const row = await repo.insertPlayerSeason(tx, {
            season_id: seasonId,
            player_id: player.id,
            team_id: input.team_id,
            rank_id: rank.id,
            rating,
            accumulated_points: openingPoints,
            display_order: input.display_order ?? 0,
          });
          await repo.insertInitialLog(tx, row.id, openingPoints, actor.userId);
          await repo.insertRankHistory(tx, {
            player_season_id: row.id,
            player_id: player.id,
            season_id: seasonId,
            round: null,
            from_rank_id: null,
            to_rank_id: rank.id,
            rating,
            reason,
            actor_id: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'player_season.register',
            entity: 'player_season',
            entityId: row.id,
            after: row,
          });
          return row.id;
        });
        return (await repo.findPlayerSeasonView(db, id))!;
      } catch (error) {
        if (violatedConstraint(error) === 'player_seasons_season_player_key') {
          throw errors.playerAlreadyInSeason(input.player_id, seasonId);
        }
        throw error;
      }
    },

    async update(actor: Actor, id: string, input: Static<typeof UpdatePlayerSeasonBody>) {
      await inTransaction(db, async (tx) => {
        const before = await repo.findPlayerSeason(tx, id, true);
        if (!before) throw errors.playerSeasonNotFound(id);
        const season = await findSeason(tx, before.season_id);
        if (season?.status === 'FINISHED') throw errors.seasonNotActive(before.season_id, season.status);
        if (input.team_id && input.team_id !== before.team_id)
          await assertTeamInSeason(tx, before.season_id, input.team_id);
        if (input.rank_id && input.rank_id !== before.rank_id) {
          await rankOrThrow(tx, input.rank_id);
          await repo.insertRankHistory(tx, {
            player_season_id: id,
            player_id: before.player_id,
            season_id: before.season_id,
            round: null,
            from_rank_id: before.rank_id,
            to_rank_id: input.rank_id,
            rating: before.rating,
            reason: 'MANUAL',
            actor_id: actor.userId,
          });
        }
        const after = await repo.updatePlayerSeason(tx, id, input);
        const action =
          input.team_id && input.team_id !== before.team_id
            ? 'player_season.transfer'
            : 'player_season.update';
        await recordAudit(tx, actor, { action, entity: 'player_season', entityId: id, before, after });
      });
      return (await repo.findPlayerSeasonView(db, id))!;
    },
  };
}

export type RegistrationService = ReturnType<typeof registrationService>;
