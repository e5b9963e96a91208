/**
 * Every query key in one place, shaped as a tree (`['seasons', id, 'leaderboard', …]`), so live updates
 * and mutations can invalidate a whole branch without features importing each other.
 */
export const queryKeys = {
  seasons: ['seasons'] as const,
  activeSeason: () => ['seasons', 'active'] as const,
  season: (seasonId: string) => ['seasons', seasonId] as const,
  seasonTeams: (seasonId: string) => ['seasons', seasonId, 'teams'] as const,
  teamMembers: (seasonId: string, teamId: string) =>
    ['seasons', seasonId, 'teams', teamId, 'members'] as const,
  rounds: (seasonId: string) => ['seasons', seasonId, 'rounds'] as const,
  round: (seasonId: string, round: number) => ['seasons', seasonId, 'rounds', round] as const,
  leaderboard: (seasonId: string) => ['seasons', seasonId, 'leaderboard'] as const,
  leaderboardPage: (seasonId: string, filters: { teamId?: string; rankId?: string; page: number }) =>
    ['seasons', seasonId, 'leaderboard', filters] as const,
  leaderboardRows: (seasonId: string, search: { teamId?: string; rankId?: string; q?: string }) =>
    ['seasons', seasonId, 'leaderboard', 'rows', search] as const,
  standings: (seasonId: string) => ['seasons', seasonId, 'standings'] as const,
  fixtures: (seasonId: string) => ['seasons', seasonId, 'fixtures'] as const,
  teamFixtures: (seasonId: string, teamId: string) =>
    ['seasons', seasonId, 'fixtures', 'team', teamId] as const,
  fixture: (fixtureId: string) => ['fixtures', fixtureId] as const,
  allFixtures: () => ['fixtures'] as const,
  match: (matchId: string) => ['matches', matchId] as const,
  allMatches: () => ['matches'] as const,
  ranks: () => ['ranks'] as const,
  players: () => ['players'] as const,
  player: (playerId: string) => ['players', playerId] as const,
  playerHistory: (playerId: string) => ['players', playerId, 'history'] as const,
  playerStats: (playerId: string, seasonId: string | undefined) =>
    ['players', playerId, 'stats', seasonId ?? 'all'] as const,
  pointLogs: (playerSeasonId: string) => ['point-logs', playerSeasonId] as const,
  allPointLogs: () => ['point-logs'] as const,
};

export type QueryKey = readonly unknown[];
