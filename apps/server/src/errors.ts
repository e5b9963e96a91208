/** The error catalogue: every error a client can see has a code, an HTTP status and a plain message. */
export type ErrorDetails = Record<string, unknown>;

/**
 * Every `error_code` a client can see, the one list: AppError only takes these (the compiler holds every
 * throw to it), and the OpenAPI document publishes it as the `ErrorCode` enum (lib/schemas.ts), so the
 * web client's types know them all. test/error-codes.test.ts checks the source and the document against it.
 */
export const ERROR_CODES = [
  'CAPTAIN_ALREADY_APPOINTED',
  'CAPTAIN_NOT_FOUND',
  'CONFLICT',
  'DATABASE_UNAVAILABLE',
  'DIVISION_ALREADY_EXISTS',
  'DIVISION_MISMATCH',
  'DIVISION_NOT_FOUND',
  'DIVISION_REQUIRED',
  'EMBEDDED_DATABASE_DOWN',
  'FIXTURES_EXIST',
  'FIXTURE_NOT_DISPUTED',
  'FIXTURE_NOT_EDITABLE',
  'FIXTURE_NOT_FOUND',
  'FIXTURE_NOT_PENDING',
  'FIXTURE_UNCONFIRMED',
  'FORBIDDEN',
  'FORMAT_NOT_POSITIONAL',
  'FORMAT_POSITIONAL',
  'IDEMPOTENCY_CONFLICT',
  'INTERNAL_ERROR',
  'INVALID_CREDENTIALS',
  'INVALID_IMAGE',
  'INVALID_INPUT',
  'INVALID_PLAYERS',
  'INVALID_POINT_ADJUSTMENT',
  'INVALID_SEASON_STATUS',
  'LINEUP_LOCKED',
  'MATCH_ALREADY_RECORDED',
  'MATCH_INVALID_SETS',
  'MATCH_NOT_FOUND',
  'MATCH_NOT_RECORDED',
  'MATCH_ORDER_TAKEN',
  'MISSING_REQUIRED_FIELD',
  'NEGATIVE_POINTS_RESULT',
  'NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'PLAYER_ALREADY_IN_SEASON',
  'PLAYER_INACTIVE',
  'PLAYER_NOT_FOUND',
  'PLAYER_SEASON_NOT_FOUND',
  'PREVIOUS_ROUND_NOT_FINALIZED',
  'RANK_NOT_FOUND',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
  'ROUNDS_NOT_FINALIZED',
  'ROUND_FINALIZED',
  'ROUND_LOCKED',
  'ROUND_NOT_FINALIZED',
  'ROUND_NOT_FOUND',
  'ROUND_NOT_LOCKED',
  'ROUND_NOT_READY',
  'SAME_TEAM_MATCH',
  'SEASON_ALREADY_ACTIVE',
  'SEASON_NOT_ACTIVE',
  'SEASON_NOT_FOUND',
  'TEAM_ALREADY_EXISTS',
  'TEAM_ALREADY_IN_SEASON',
  'TEAM_HAS_FIXTURES',
  'TEAM_NOT_FOUND',
  'TEAM_NOT_IN_SEASON',
  'TEAM_WITHDRAWN',
  'TOO_MANY_STREAMS',
  'UNAUTHORIZED',
  'UNSUPPORTED_MEDIA_TYPE',
  'UPLOAD_TOO_LARGE',
  'USER_ALREADY_EXISTS',
  'USER_NOT_FOUND',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const notFound = (entity: string, code: ErrorCode) => (id?: string) =>
  new AppError(404, code, `${entity} not found`, id === undefined ? undefined : { id });

export const errors = {
  invalidInput: (message: string, details?: ErrorDetails) =>
    new AppError(400, 'INVALID_INPUT', message, details),
  missingRequiredField: (field: string) =>
    new AppError(400, 'MISSING_REQUIRED_FIELD', `Missing required field: ${field}`, { field }),
  unauthorized: (message = 'Authentication required') => new AppError(401, 'UNAUTHORIZED', message),
  forbidden: (role: string) =>
    new AppError(403, 'FORBIDDEN', `This action needs the ${role} role`, { required_role: role }),
  invalidCredentials: () => new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is incorrect'),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(429, 'RATE_LIMITED', 'Too many requests, slow down', {
      retry_after_seconds: retryAfterSeconds,
    }),
  notFound: (message = 'Resource not found') => new AppError(404, 'NOT_FOUND', message),
  playerNotFound: notFound('Player', 'PLAYER_NOT_FOUND'),
  teamNotFound: notFound('Team', 'TEAM_NOT_FOUND'),
  seasonNotFound: notFound('Season', 'SEASON_NOT_FOUND'),
  rankNotFound: notFound('Rank', 'RANK_NOT_FOUND'),
  fixtureNotFound: notFound('Fixture', 'FIXTURE_NOT_FOUND'),
  matchNotFound: notFound('Match', 'MATCH_NOT_FOUND'),
  playerSeasonNotFound: notFound('Player season', 'PLAYER_SEASON_NOT_FOUND'),
  userNotFound: notFound('User', 'USER_NOT_FOUND'),
  roundNotFound: notFound('Round', 'ROUND_NOT_FOUND'),
  teamAlreadyExists: (name: string) =>
    new AppError(409, 'TEAM_ALREADY_EXISTS', `A team named "${name}" already exists`, { name }),
  userAlreadyExists: (email: string) =>
    new AppError(409, 'USER_ALREADY_EXISTS', `A user with email ${email} already exists`, { email }),
  playerAlreadyInSeason: (playerId: string, seasonId: string) =>
    new AppError(409, 'PLAYER_ALREADY_IN_SEASON', 'The player is already registered in this season', {
      player_id: playerId,
      season_id: seasonId,
    }),
  teamNotInSeason: (teamId: string, seasonId: string) =>
    new AppError(400, 'TEAM_NOT_IN_SEASON', 'The team is not entered in this season', {
      team_id: teamId,
      season_id: seasonId,
    }),
  teamAlreadyInSeason: (teamId: string) =>
    new AppError(409, 'TEAM_ALREADY_IN_SEASON', 'The team is already entered in this season', {
      team_id: teamId,
    }),
  playerInactive: (playerId: string) =>
    new AppError(400, 'PLAYER_INACTIVE', 'The player is not active', { player_id: playerId }),
  seasonNotActive: (seasonId: string, status: string) =>
    new AppError(409, 'SEASON_NOT_ACTIVE', `The season is ${status}, not ACTIVE`, {
      season_id: seasonId,
      status,
    }),
  seasonAlreadyActive: (activeSeasonId: string) =>
    new AppError(409, 'SEASON_ALREADY_ACTIVE', 'Another season is already ACTIVE; finish it first', {
      active_season_id: activeSeasonId,
    }),
  invalidSeasonStatus: (message: string, details?: ErrorDetails) =>
    new AppError(409, 'INVALID_SEASON_STATUS', message, details),
  invalidSeasonRules: (problems: string[]) =>
    new AppError(400, 'INVALID_INPUT', 'The season rules are not valid', { problems }),
  sameTeamMatch: () => new AppError(400, 'SAME_TEAM_MATCH', 'A team cannot play against itself'),
  invalidPlayers: (problems: Array<{ player_id: string | null; reason: string }>) =>
    new AppError(400, 'INVALID_PLAYERS', 'The lineup is not valid', { problems }),
  matchInvalidSets: (problems: Array<{ game: number | null; reason: string }>) =>
    new AppError(400, 'MATCH_INVALID_SETS', problems[0]?.reason ?? 'The set scores are not valid', {
      problems,
    }),
  matchAlreadyRecorded: (matchId: string) =>
    new AppError(409, 'MATCH_ALREADY_RECORDED', 'This match already has a result', { match_id: matchId }),
  matchNotRecorded: (matchId: string) =>
    new AppError(409, 'MATCH_NOT_RECORDED', 'This match has no result to void', { match_id: matchId }),
  matchOrderTaken: (order: number) =>
    new AppError(409, 'MATCH_ORDER_TAKEN', `Match order ${order} is already used in this fixture`, {
      match_order: order,
    }),
  roundLocked: (round: number) => new AppError(409, 'ROUND_LOCKED', `Round ${round} is locked`, { round }),
  roundFinalized: (round: number) =>
    new AppError(409, 'ROUND_FINALIZED', `Round ${round} is finalized and can no longer change`, { round }),
  roundNotReady: (round: number, fixtures: Array<{ id: string; status: string } & Record<string, unknown>>) =>
    new AppError(
      409,
      'ROUND_NOT_READY',
      `Round ${round} still has fixtures to play: finish them or mark them POSTPONED or WALKOVER`,
      { round, fixtures },
    ),
  roundNotLocked: (round: number) =>
    new AppError(409, 'ROUND_NOT_LOCKED', `Round ${round} must be locked before it is finalized`, {
      round,
      status: 'OPEN',
    }),
  roundNotFinalized: (round: number, status: string) =>
    new AppError(409, 'ROUND_NOT_FINALIZED', `Round ${round} is ${status}: it has no snapshot yet`, {
      round,
      status,
    }),
  previousRoundsNotFinalized: (round: number, rounds: Array<{ round: number; status: string }>) =>
    new AppError(
      409,
      'PREVIOUS_ROUND_NOT_FINALIZED',
      `Rounds are finalized in order: finalize the rounds before round ${round} first`,
      { round, rounds },
    ),
  roundsNotFinalized: (rounds: Array<{ round: number; status: string }>) =>
    new AppError(
      409,
      'ROUNDS_NOT_FINALIZED',
      'Every round must be finalized before the season finishes (or finish with force and a reason)',
      { rounds },
    ),
  fixturesExist: (count: number) =>
    new AppError(409, 'FIXTURES_EXIST', 'The season already has fixtures', { fixtures: count }),
  fixtureNotEditable: (status: string) =>
    new AppError(409, 'FIXTURE_NOT_EDITABLE', `A ${status} fixture cannot change this way`, { status }),
  invalidPointAdjustment: (message: string) => new AppError(400, 'INVALID_POINT_ADJUSTMENT', message),
  negativePointsResult: (balance: number, delta: number) =>
    new AppError(400, 'NEGATIVE_POINTS_RESULT', 'The adjustment would take the points below zero', {
      balance,
      delta_points: delta,
    }),
  idempotencyConflict: () =>
    new AppError(409, 'IDEMPOTENCY_CONFLICT', 'This Idempotency-Key was used with a different request'),
  uploadTooLarge: (limit: number) =>
    new AppError(413, 'UPLOAD_TOO_LARGE', `The file is larger than ${limit} bytes`, { max_bytes: limit }),
  payloadTooLarge: () => new AppError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large'),
  unsupportedMediaType: (message = 'Only JPEG, PNG and WebP images are accepted') =>
    new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', message),
  imageTooManyPixels: (maxPixels: number) =>
    new AppError(413, 'UPLOAD_TOO_LARGE', `The image has more than ${maxPixels} pixels`, {
      max_pixels: maxPixels,
    }),
  invalidImage: () =>
    new AppError(400, 'INVALID_IMAGE', 'The file is damaged or not a complete JPEG, PNG or WebP image'),
  databaseUnavailable: () =>
    new AppError(503, 'DATABASE_UNAVAILABLE', 'The database is unavailable, try again shortly'),
  requestTimeout: () =>
    new AppError(503, 'REQUEST_TIMEOUT', 'The server could not answer in time, try again shortly'),
  // SPEC §6: match day.
  captainForbidden: (reason: string) =>
    new AppError(403, 'FORBIDDEN', `Not allowed for a captain: ${reason}`, { reason }),
  captainAlreadyAppointed: (userId: string, teamId: string) =>
    new AppError(409, 'CAPTAIN_ALREADY_APPOINTED', 'This account already captains the team this season', {
      user_id: userId,
      team_id: teamId,
    }),
  captainNotFound: (userId: string) =>
    new AppError(404, 'CAPTAIN_NOT_FOUND', 'This account is not a captain of the team this season', {
      user_id: userId,
    }),
  divisionNotFound: notFound('Division', 'DIVISION_NOT_FOUND'),
  divisionAlreadyExists: (field: 'name' | 'level', value: unknown) =>
    new AppError(409, 'DIVISION_ALREADY_EXISTS', `The season already has a division with this ${field}`, {
      [field]: value,
    }),
  divisionRequired: () =>
    new AppError(400, 'DIVISION_REQUIRED', 'The season has divisions: name the division the team plays in'),
  divisionMismatch: (home: string | null, guest: string | null) =>
    new AppError(400, 'DIVISION_MISMATCH', 'The two teams play in different divisions', {
      home_division_id: home,
      guest_division_id: guest,
    }),
  teamHasFixtures: (teamId: string) =>
    new AppError(409, 'TEAM_HAS_FIXTURES', 'The team already has fixtures; it cannot change division', {
      team_id: teamId,
    }),
  teamWithdrawn: (teamId: string) =>
    new AppError(409, 'TEAM_WITHDRAWN', 'The team has withdrawn from the season', { team_id: teamId }),
  lineupLocked: (side: string) =>
    new AppError(409, 'LINEUP_LOCKED', `The ${side} lineup can no longer change: a match has a result`, {
      side,
    }),
  lineupNotPositional: () =>
    new AppError(409, 'FORMAT_NOT_POSITIONAL', 'The season plays the FREE format: create matches one by one'),
  formatPositional: (fixtureId: string) =>
    new AppError(
      409,
      'FORMAT_POSITIONAL',
      "The season's format creates the matches from both lineups: submit the lineups instead",
      { fixture_id: fixtureId },
    ),
  fixtureUnconfirmed: (round: number, fixtures: Array<{ id: string; confirmation: string | null }>) =>
    new AppError(
      409,
      'FIXTURE_UNCONFIRMED',
      `Round ${round} has results still waiting for confirmation or disputed`,
      { round, fixtures },
    ),
  confirmationNotPending: (confirmation: string | null) =>
    new AppError(
      409,
      'FIXTURE_NOT_PENDING',
      `The fixture's confirmation is ${confirmation ?? 'not required'}`,
      {
        confirmation,
      },
    ),
  fixtureNotDisputed: (confirmation: string | null) =>
    new AppError(409, 'FIXTURE_NOT_DISPUTED', 'Only a disputed fixture can be resolved', { confirmation }),
  conflict: (message: string, details?: ErrorDetails) => new AppError(409, 'CONFLICT', message, details),
  internal: () => new AppError(500, 'INTERNAL_ERROR', 'Something went wrong on our side'),
} as const;
