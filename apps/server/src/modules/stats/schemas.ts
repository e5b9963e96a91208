import { Type } from 'typebox';
import { nullable, Timestamp, Uuid } from '../../lib/schemas.js';
import { PlayerRef } from '../history/schemas.js';

const Count = Type.Integer({ minimum: 0 });
const Rate = Type.Number({ minimum: 0, maximum: 1, description: 'won / played, 0 when nothing was played' });

export const SeasonFilterQuery = Type.Object({ season_id: Type.Optional(Uuid) });

const WinLoss = Type.Object({ played: Count, won: Count, lost: Count, win_rate: Rate });

export const PlayerStats = Type.Object({
  player_id: Uuid,
  season_id: nullable(Uuid),
  played: Count,
  won: Count,
  lost: Count,
  win_rate: Rate,
  games_won: Count,
  games_lost: Count,
  points_for: Type.Integer({ description: 'Rally points (balls) won over all games' }),
  points_against: Type.Integer({ description: 'Rally points (balls) lost over all games' }),
  league_points_earned: Type.Number({ description: 'Season points the matches gave (win/loss points)' }),
  current_streak: Type.Object({
    result: nullable(Type.Union([Type.Literal('WIN'), Type.Literal('LOSS')])),
    length: Count,
  }),
  longest_win_streak: Count,
  longest_loss_streak: Count,
  singles: WinLoss,
  doubles: WinLoss,
  by_opponent_rank: Type.Array(
    Type.Intersect([Type.Object({ rank_id: Type.String(), rank_name: nullable(Type.String()) }), WinLoss]),
    {
      description:
        "WinLoss against each tier, by the opponent's rank when the match was recorded; a doubles match counts once per distinct tier on the other side",
    },
  ),
});

export const HeadToHeadQuery = Type.Object({
  player_a: Uuid,
  player_b: Uuid,
  season_id: Type.Optional(Uuid),
  match_type: Type.Optional(Type.Union([Type.Literal('SINGLE'), Type.Literal('DOUBLE')])),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'How many last meetings to list' }),
  ),
});

const PlayerCard = Type.Object({ id: Uuid, full_name: Type.String(), avatar_url: nullable(Type.String()) });

export const Meeting = Type.Object({
  match_id: Uuid,
  fixture_id: Uuid,
  season_id: Uuid,
  round: Type.Integer(),
  match_type: Type.String(),
  played_at: Timestamp,
  winner: Type.Union([Type.Literal('player_a'), Type.Literal('player_b')]),
  sets_a: Type.Array(Type.Integer()),
  sets_b: Type.Array(Type.Integer()),
  games_a: Count,
  games_b: Count,
  partner_a: nullable(PlayerRef),
  partner_b: nullable(PlayerRef),
});

export const HeadToHead = Type.Object({
  player_a: PlayerCard,
  player_b: PlayerCard,
  meetings: Count,
  wins_a: Count,
  wins_b: Count,
  games_a: Count,
  games_b: Count,
  points_a: Type.Integer({ description: 'Rally points won by player A over all meetings' }),
  points_b: Type.Integer(),
  last_meetings: Type.Array(Meeting),
});

const FixtureRecord = Type.Object({ played: Count, won: Count, drawn: Count, lost: Count });

export const TeamStats = Type.Object({
  team_id: Uuid,
  team_name: Type.String(),
  season_id: nullable(Uuid),
  fixtures: Type.Intersect([
    FixtureRecord,
    Type.Object({ walkovers_won: Count, walkovers_lost: Count, league_points: Type.Integer() }),
  ]),
  home: FixtureRecord,
  away: FixtureRecord,
  matches_won: Count,
  matches_lost: Count,
  sets_won: Count,
  sets_lost: Count,
  balls_won: Count,
  balls_lost: Count,
  form: Type.Array(Type.Union([Type.Literal('W'), Type.Literal('D'), Type.Literal('L')]), {
    description: 'Results of the last five finished fixtures, most recent first',
  }),
  players: Type.Array(
    Type.Intersect([Type.Object({ player_id: Uuid, player_name: Type.String() }), WinLoss]),
    { description: 'Individual records of everyone who played for the team, best first' },
  ),
});
