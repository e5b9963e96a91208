export { captainMayChange, effectiveConfirmation, isOwnEntry } from './captain-rights.js';
export {
  type DivisionPlaces,
  type DivisionStandingsRow,
  type DivisionTeam,
  divisionMovements,
  divisionStandings,
  type TeamMovement,
} from './division-standings.js';
export { type EloInput, eloChanges, expectedScore, roundCents, sideRating } from './elo.js';
export {
  type CustomFormat,
  checkFormat,
  type Format,
  type FormatName,
  type FormatRule,
  isDecided,
  MAX_TEAM_SIZE,
  NAMED_FORMATS,
  positionsOf,
  resolveFormat,
  type Side,
  type Slot,
  stopsWhenDecided,
} from './formats.js';
export { chooseLanguage, isLanguage, LANGUAGES, type Language } from './language.js';
export { checkLineup, type LineupInput, type LineupProblem, type Registration } from './lineup.js';
export {
  addDays,
  isTimeZone,
  localRoundTimes,
  localToUtc,
  nextWeekday,
  type RoundSchedule,
} from './local-time.js';
export {
  forfeitPointChanges,
  forfeitSets,
  matchPointChanges,
  type PointChange,
  type RatedPlayer,
} from './match-changes.js';
export { pointsForSides } from './match-points.js';
export { type Movement, positionMovement } from './movement.js';
export {
  checkPositionalLineup,
  type PlannedMatch,
  type PositionalLineup,
  planMatches,
} from './positional-lineup.js';
export {
  compareLeaderboard,
  type LeaderboardEntry,
  leaderboardPositions,
  sharedPositions,
} from './positions.js';
export { type RankChange, type RankedPlayer, rankChanges } from './rank-changes.js';
export {
  defaultRating,
  nextRank,
  type RankMove,
  type RankTier,
  SEEDED_RANKS,
  type SeededRank,
} from './ranks.js';
export { type Pairing, roundDates, roundRobin } from './round-robin.js';
export {
  checkSeasonRules,
  DEFAULT_SEASON_RULES,
  resolveSeasonRules,
  type SeasonRules,
  SeasonRulesInputSchema,
  SeasonRulesSchema,
} from './season-rules.js';
export { isFinishedGame, judgeSetScores, type SetScoreProblem, type SetScoreVerdict } from './set-scores.js';
export { computeStandings, type StandingsRow } from './standings.js';
export {
  type FixturePointRules,
  type StandingsFixture,
  type StandingsMatch,
  type TeamTally,
  tallyFixtures,
} from './standings-tally.js';
export { type Outcome, type Streaks, streaks, winRate } from './win-loss.js';
