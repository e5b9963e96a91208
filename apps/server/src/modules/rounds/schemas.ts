import { Type } from 'typebox';
import { Meta, nullable, Paging, Timestamp, Uuid } from '../../lib/schemas.js';
import { LeaderboardQuery, StandingsEntry } from '../leaderboards/schemas.js';

const RoundNumber = Type.Integer({ minimum: 1, maximum: 999 });

export const RoundParams = Type.Object({ id: Uuid, round: RoundNumber });
export const RoundListQuery = Type.Object({ ...Paging });

export const Round = Type.Object({
  id: Uuid,
  season_id: Uuid,
  round: Type.Integer(),
  status: Type.Union([Type.Literal('OPEN'), Type.Literal('LOCKED'), Type.Literal('FINALIZED')]),
  fixture_count: Type.Integer(),
  completed_count: Type.Integer(),
  walkover_count: Type.Integer(),
  postponed_count: Type.Integer(),
  pending_count: Type.Integer({ description: 'Fixtures still SCHEDULED or ONGOING' }),
  can_finalize: Type.Boolean({
    description: 'LOCKED, nothing left to play, and every earlier round FINALIZED',
  }),
  locked_at: nullable(Timestamp),
  finalized_at: nullable(Timestamp),
  finalized_by: nullable(Uuid),
});

export const RankChange = Type.Object({
  player_season_id: Uuid,
  player_id: Uuid,
  player_name: Type.String(),
  from_rank_id: Type.String(),
  to_rank_id: Type.String(),
  rating: Type.Number(),
  reason: Type.String({ description: 'PROMOTION or RELEGATION' }),
});

export const FinalizedRound = Type.Intersect([Round, Type.Object({ rank_changes: Type.Array(RankChange) })]);

const Movement = Type.Union(
  [Type.Literal('up'), Type.Literal('down'), Type.Literal('same'), Type.Literal('new')],
  { description: 'Position change since the previous finalized round; "new" when absent from it' },
);

const Snapshot = Type.Object({
  season_id: Uuid,
  round: Type.Integer(),
  finalized_at: nullable(Timestamp),
  previous_round: nullable(Type.Integer()),
});

export const RoundLeaderboardEntry = Type.Object({
  position: Type.Integer(),
  previous_position: nullable(Type.Integer()),
  movement: Movement,
  player_season_id: Uuid,
  player_id: Uuid,
  player_name: Type.String(),
  avatar_url: nullable(Type.String()),
  team_id: Uuid,
  team_name: Type.String(),
  rank_id: Type.String({ description: 'Rank after this round’s promotions and relegations' }),
  rank_name: nullable(Type.String()),
  rank_change: nullable(Type.String({ description: 'PROMOTION or RELEGATION made by this round' })),
  accumulated_points: Type.Number(),
  rating: Type.Number(),
  matches_played: Type.Integer(),
  wins: Type.Integer(),
  losses: Type.Integer(),
});

export const RoundLeaderboardQuery = LeaderboardQuery;

export const RoundLeaderboardResponse = Type.Object({
  message: Type.String(),
  data: Type.Array(RoundLeaderboardEntry),
  meta: Meta,
  snapshot: Snapshot,
});

export const RoundStandingsEntry = Type.Object({
  ...StandingsEntry.properties,
  position: Type.Integer({ description: 'Within the division' }),
  division_id: nullable(Uuid),
  previous_position: nullable(Type.Integer()),
  movement: Movement,
});

export const RoundStandingsResponse = Type.Object({
  message: Type.String(),
  data: Type.Array(RoundStandingsEntry),
  snapshot: Snapshot,
});
