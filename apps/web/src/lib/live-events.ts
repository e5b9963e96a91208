import { type QueryKey, queryKeys } from './query-keys';

export const LIVE_EVENT_TYPES = [
  'result_recorded',
  'result_voided',
  'points_adjusted',
  'round_finalized',
  'round_locked',
  'round_unlocked',
  'fixture_updated',
] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

export interface LiveEvent {
  type?: string;
  season_id?: string | null;
  fixture_id?: string;
  match_id?: string;
  round?: number;
}

const fixtureKey = (event: LiveEvent) =>
  event.fixture_id ? queryKeys.fixture(event.fixture_id) : queryKeys.allFixtures();

/** Which cached queries an event makes stale. Prefix keys: each one covers every query below it. */
export function staleQueriesFor(type: LiveEventType, seasonId: string, event: LiveEvent = {}): QueryKey[] {
  if (type === 'round_locked' || type === 'round_unlocked') return [queryKeys.rounds(seasonId)];
  // A line-up or schedule change: a new match also reopens a completed fixture.
  if (type === 'fixture_updated')
    return [queryKeys.fixtures(seasonId), queryKeys.standings(seasonId), fixtureKey(event)];
  const keys: QueryKey[] = [queryKeys.leaderboard(seasonId), queryKeys.players(), queryKeys.allPointLogs()];
  if (type === 'points_adjusted') return keys;
  keys.push(queryKeys.standings(seasonId), queryKeys.fixtures(seasonId));
  if (type === 'round_finalized') {
    keys.push(queryKeys.allFixtures(), queryKeys.seasonTeams(seasonId), queryKeys.rounds(seasonId));
    return keys;
  }
  keys.push(fixtureKey(event));
  keys.push(event.match_id ? queryKeys.match(event.match_id) : queryKeys.allMatches());
  return keys;
}

/** Event data is JSON from the server; anything else is ignored rather than trusted. */
export function parseLiveEvent(data: unknown): LiveEvent {
  if (typeof data !== 'string') return {};
  try {
    const value = JSON.parse(data) as unknown;
    return typeof value === 'object' && value !== null ? (value as LiveEvent) : {};
  } catch {
    return {};
  }
}
