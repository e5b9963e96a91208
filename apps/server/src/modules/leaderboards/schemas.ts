import { Type } from 'typebox';
import { Meta, nullable, Paging, SearchText, Uuid } from '../../lib/schemas.js';

export const LeaderboardEntry = Type.Object({
  position: Type.Integer(),
  rank: Type.Integer({ description: 'Same as position, for the original client' }),
  division_id: nullable(Uuid),
  player_season_id: Uuid,
  player_id: Uuid,
  player_name: Type.String(),
  avatar_url: nullable(Type.String()),
  team_id: Uuid,
  team_name: Type.String(),
  rank_id: Type.String(),
  rank_name: nullable(Type.String()),
  accumulated_points: Type.Number(),
  rating: Type.Number(),
  matches_played: Type.Integer(),
  wins: Type.Integer(),
  losses: Type.Integer(),
  status: Type.String(),
  display_order: Type.Integer(),
});

const Final = Type.Boolean({
  description: 'True once the season is FINISHED: these are the final standings',
});

export const LeaderboardResponse = Type.Object({
  message: Type.String(),
  data: Type.Array(LeaderboardEntry),
  meta: Type.Object({
    ...Meta.properties,
    next_cursor: nullable(
      Type.String({ description: 'Pass as `after` for the next page; null on the last page' }),
    ),
  }),
  final: Final,
});

const filters = {
  team_id: Type.Optional(Uuid),
  rank_id: Type.Optional(Type.String({ pattern: '^[A-Z][0-9]$' })),
  division_id: Type.Optional(Uuid),
};

/** Filters and limit/offset paging (the round tables share it). */
export const LeaderboardQuery = Type.Object({ ...filters, ...Paging });

/** The live table also pages by keyset: `after` costs the same at any depth, where `offset` grows with it. */
export const LivePageQuery = Type.Object({
  ...filters,
  ...Paging,
  q: Type.Optional({
    ...SearchText(100, 1),
    description: 'Part of a player name; case and diacritics are ignored ("dung" finds "Dũng")',
  }),
  after: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 600,
      pattern: '^[A-Za-z0-9_-]+$',
      description: "The previous page's meta.next_cursor; not together with offset",
    }),
  ),
});

export const StandingsEntry = Type.Object({
  position: Type.Integer(),
  team_id: Uuid,
  team_name: Type.String(),
  played: Type.Integer(),
  won: Type.Integer(),
  drawn: Type.Integer(),
  lost: Type.Integer(),
  points: Type.Integer(),
  matches_won: Type.Integer(),
  matches_lost: Type.Integer(),
  sets_won: Type.Integer(),
  sets_lost: Type.Integer(),
  balls_won: Type.Integer(),
  balls_lost: Type.Integer(),
});

/** The live table (SPEC §6): one table per division, positions within it; withdrawn teams keep their row. */
export const LiveStandingsEntry = Type.Object({
  ...StandingsEntry.properties,
  position: Type.Integer({ description: 'Within the division' }),
  division_id: nullable(Uuid),
  withdrawn: Type.Boolean(),
});

export const StandingsQuery = Type.Object({ division_id: Type.Optional(Uuid) });

export const StandingsResponse = Type.Object({
  message: Type.String(),
  data: Type.Array(LiveStandingsEntry),
  final: Final,
});
