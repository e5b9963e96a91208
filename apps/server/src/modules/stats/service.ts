import { streaks, winRate } from '@pingpong/domain';
import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import { findPlayer } from '../players/repository.js';
import { findSeason } from '../seasons/repository.js';
import { findTeam } from '../teams/repository.js';
import * as repo from './repository.js';
import * as teams from './team-repository.js';

const record = (played: number, won: number) => ({
  played,
  won,
  lost: played - won,
  win_rate: winRate(won, played),
});

export function statsService(db: Database) {
  async function seasonCheck(seasonId?: string) {
    if (seasonId && !(await findSeason(db, seasonId))) throw errors.seasonNotFound(seasonId);
  }

  async function playerCard(id: string) {
    const player = await findPlayer(db, id);
    if (!player) throw errors.playerNotFound(id);
    return { id: player.id, full_name: player.full_name, avatar_url: player.avatar_url };
  }

  return {
    async player(playerId: string, seasonId?: string) {
      await playerCard(playerId);
      await seasonCheck(seasonId);
      const [totals, byRank, results] = await Promise.all([
        repo.playerTotals(db, playerId, seasonId),
        repo.recordByOpponentRank(db, playerId, seasonId),
        repo.outcomes(db, playerId, seasonId),
      ]);
      const runs = streaks(results.map((won) => (won ? 'WIN' : 'LOSS')));
      return {
        player_id: playerId,
        season_id: seasonId ?? null,
        ...record(totals.played, totals.won),
        games_won: totals.games_won,
        games_lost: totals.games_lost,
        points_for: totals.points_for,
        points_against: totals.points_against,
        league_points_earned: totals.league_points_earned,
        current_streak: runs.current,
        longest_win_streak: runs.longest_win,
        longest_loss_streak: runs.longest_loss,
        singles: record(totals.singles_played, totals.singles_won),
        doubles: record(totals.doubles_played, totals.doubles_won),
        by_opponent_rank: byRank.map((row) => ({
          rank_id: row.rank_id,
          rank_name: row.rank_name,
          ...record(row.played, row.won),
        })),
      };
    },

    async headToHead(a: string, b: string, filter: { seasonId?: string; matchType?: string }, limit: number) {
      if (a === b) throw errors.invalidInput('player_a and player_b must be two different players');
      const [playerA, playerB] = await Promise.all([playerCard(a), playerCard(b)]);
      await seasonCheck(filter.seasonId);
      const [totals, last] = await Promise.all([
        repo.headToHeadTotals(db, a, b, filter),
        repo.lastMeetings(db, a, b, filter, limit),
      ]);
      return { player_a: playerA, player_b: playerB, ...totals, last_meetings: last };
    },

    async team(teamId: string, seasonId?: string) {
      const team = await findTeam(db, teamId);
      if (!team) throw errors.teamNotFound(teamId);
      await seasonCheck(seasonId);
      const [totals, players] = await Promise.all([
        teams.teamTotals(db, teamId, seasonId),
        teams.teamPlayerRecords(db, teamId, seasonId),
      ]);
      const away = {
        played: totals.played - totals.home_played,
        won: totals.won - totals.home_won,
        drawn: totals.drawn - totals.home_drawn,
        lost: totals.lost - totals.home_lost,
      };
      return {
        team_id: team.id,
        team_name: team.name,
        season_id: seasonId ?? null,
        fixtures: {
          played: totals.played,
          won: totals.won,
          drawn: totals.drawn,
          lost: totals.lost,
          walkovers_won: totals.walkovers_won,
          walkovers_lost: totals.walkovers_lost,
          league_points: totals.league_points,
        },
        home: {
          played: totals.home_played,
          won: totals.home_won,
          drawn: totals.home_drawn,
          lost: totals.home_lost,
        },
        away,
        matches_won: totals.matches_won,
        matches_lost: totals.matches_lost,
        sets_won: totals.sets_won,
        sets_lost: totals.sets_lost,
        balls_won: totals.balls_won,
        balls_lost: totals.balls_lost,
        form: totals.form,
        players: players.map((row) => ({
          player_id: row.player_id,
          player_name: row.player_name,
          ...record(row.played, row.won),
        })),
      };
    },
  };
}

export type StatsService = ReturnType<typeof statsService>;
