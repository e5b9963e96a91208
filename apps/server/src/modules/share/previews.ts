import type { Language } from '@pingpong/domain';
import type { FastifyInstance } from 'fastify';

/** What a link to a screen of the app shows when pasted into a chat: title, description and card lines. */
export interface Preview {
  title: string;
  description: string;
  image: string;
  card: { kicker: string; title: string; big?: string; lines: string[] };
}

const WORDS = {
  vi: { league: 'Giải Bóng Bàn', round: 'Vòng', leaderboard: 'Bảng xếp hạng', points: 'điểm', vs: 'gặp' },
  en: { league: 'Ping Pong League', round: 'Round', leaderboard: 'Leaderboard', points: 'points', vs: 'v' },
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the same public API the app reads (inject: no network, same validation and caching). */
async function read<T>(app: FastifyInstance, url: string): Promise<T | null> {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== 200) return null;
  return (response.json() as { data: T }).data;
}

interface FixtureData {
  id: string;
  round: number;
  status: string;
  home_team_name: string;
  guest_team_name: string;
  home_score: number;
  guest_score: number;
}

interface PlayerData {
  id: string;
  full_name: string;
}

interface BoardRow {
  player_name: string;
  accumulated_points: number;
}

/** The preview of a path of the app, or null for a path that has none (it then gets the plain page). */
export async function previewFor(
  app: FastifyInstance,
  pathname: string,
  language: Language,
): Promise<Preview | null> {
  const words = WORDS[language];
  const fixture = /^\/fixtures\/([^/]+)$/.exec(pathname)?.[1];
  if (fixture && UUID.test(fixture)) {
    const data = await read<FixtureData>(app, `/api/v1/fixtures/${fixture}`);
    if (!data) return null;
    const played = data.status !== 'SCHEDULED' && data.status !== 'POSTPONED';
    const score = played ? `${data.home_score} – ${data.guest_score}` : words.vs;
    return {
      title: `${data.home_team_name} ${score} ${data.guest_team_name}`,
      description: `${words.league} · ${words.round} ${data.round}`,
      image: `/share/fixtures/${data.id}.png`,
      card: {
        kicker: `${words.league} · ${words.round} ${data.round}`,
        title: `${data.home_team_name} – ${data.guest_team_name}`,
        big: score,
        lines: [],
      },
    };
  }
  const player = /^\/players\/([^/]+)$/.exec(pathname)?.[1];
  if (player && UUID.test(player)) {
    const data = await read<PlayerData>(app, `/api/v1/players/${player}`);
    if (!data) return null;
    return {
      title: data.full_name,
      description: words.league,
      image: `/share/players/${data.id}.png`,
      card: { kicker: words.league, title: data.full_name, lines: [] },
    };
  }
  if (pathname === '/') {
    const seasons = await read<{ id: string; name: string }[]>(app, '/api/v1/seasons?status=ACTIVE&limit=1');
    const season = seasons?.[0];
    if (!season) return null;
    const rows = (await read<BoardRow[]>(app, `/api/v1/seasons/${season.id}/leaderboard?limit=3`)) ?? [];
    const lines = rows.map(
      (row, index) => `${index + 1}. ${row.player_name} · ${row.accumulated_points} ${words.points}`,
    );
    return {
      title: `${words.leaderboard} · ${season.name}`,
      description: lines.join(' · ') || words.league,
      image: '/share/leaderboard.png',
      card: { kicker: words.league, title: `${words.leaderboard} · ${season.name}`, lines },
    };
  }
  return null;
}
