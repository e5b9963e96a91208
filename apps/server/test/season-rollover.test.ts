import { SEEDED_RANKS } from '@pingpong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import {
  enterTeam,
  finishSeason,
  integrity,
  newPlayer,
  newSeason,
  newTeam,
  type PlayerSeasonData,
  registerPlayer,
  type TeamData,
} from './helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const TEAMS = 10;
const PER_TEAM = 21;

type Registration = PlayerSeasonData & { display_order: number; status: string; wins: number };

async function allRegistrations(seasonId: string): Promise<Registration[]> {
  const rows: Registration[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await t.request({
      method: 'GET',
      url: `/api/v1/seasons/${seasonId}/players?limit=200&offset=${offset}`,
    });
    expect(page.statusCode, page.body).toBe(200);
    rows.push(...page.json().data);
    if (rows.length >= page.json().meta.total) return rows;
  }
}

/** Counts the statements the app's pool sends while `work` runs (postgres.js calls `debug` for each). */
async function countingStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  let statements = 0;
  const options = t.database.sql.options as { debug: unknown };
  options.debug = () => statements++;
  try {
    return { result: await work(), statements };
  } finally {
    options.debug = false;
  }
}

describe('rolling a large season over', () => {
  it('carries every active registration of a team still in, with its log, rank history and audit', async () => {
    const season = await newSeason(t, { start: true });
    const teams: TeamData[] = [];
    for (let i = 0; i < TEAMS + 1; i++) {
      const team = await newTeam(t);
      await enterTeam(t, season.id, team.id);
      teams.push(team);
    }
    // Ranks, ratings, opening points and line-up order all differ, so a mixed-up column would show.
    for (const [i, team] of teams.entries()) {
      const size = i === TEAMS ? 3 : PER_TEAM;
      await Promise.all(
        Array.from({ length: size }, async (_, j) => {
          const player = await newPlayer(t);
          const k = i * PER_TEAM + j;
          return registerPlayer(t, season.id, {
            player_id: player.id,
            team_id: team.id,
            rank_id: SEEDED_RANKS[k % SEEDED_RANKS.length]!.id,
            rating: 900 + k * 7.25,
            opening_points: (k % 4) * 12.5,
            display_order: j,
          });
        }),
      );
    }
    const before = await allRegistrations(season.id);
    expect(before).toHaveLength(TEAMS * PER_TEAM + 3);

    // An INACTIVE registration and a withdrawn team (its registrations WITHDRAWN) stay behind.
    const benched = before.filter((r) => r.team_id === teams[0]!.id).slice(0, 2);
    for (const r of benched) {
      const patched = await t.request({
        method: 'PATCH',
        url: `/api/v1/player-seasons/${r.id}`,
        as: 'admin',
        payload: { status: 'INACTIVE' },
      });
      expect(patched.statusCode, patched.body).toBe(200);
    }
    const leaving = teams[TEAMS]!;
    const withdrawn = await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/teams/${leaving.id}/withdraw`,
      as: 'admin',
      payload: { reason: 'club folded' },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await finishSeason(t, season.id)).statusCode).toBe(200);

    const { result: next, statements } = await countingStatements(() =>
      t.request({
        method: 'POST',
        url: `/api/v1/seasons/${season.id}/next`,
        as: 'admin',
        payload: { name: 'Mùa sau', year: 2027 },
      }),
    );
    expect(next.statusCode, next.body).toBe(201);
    const upcoming = next.json().data.season as { id: string };

    const skipped = new Set(benched.map((r) => r.id));
    const expected = before.filter((r) => r.team_id !== leaving.id && !skipped.has(r.id));
    expect(expected).toHaveLength(TEAMS * PER_TEAM - 2);
    const carried = await allRegistrations(upcoming.id);
    expect(carried).toHaveLength(expected.length);
    const byPlayer = new Map(carried.map((r) => [r.player_id, r]));
    for (const old of expected) {
      expect(byPlayer.get(old.player_id), old.player_id).toMatchObject({
        season_id: upcoming.id,
        team_id: old.team_id,
        rank_id: old.rank_id,
        rating: old.rating,
        display_order: old.display_order,
        accumulated_points: 0,
        wins: 0,
        status: 'ACTIVE',
      });
    }

    const [admin] = await t.database.sql<{ id: string }[]>`
      SELECT id FROM users WHERE email = 'admin@league.test'`;
    const trails = await t.database.sql<{ id: string; logs: unknown[]; history: unknown[] }[]>`
      SELECT ps.id,
        (SELECT json_agg(json_build_object('source', l.source, 'delta', l.delta_points::float8,
                'balance', l.balance_after::float8, 'ref', l.ref_id, 'actor', l.actor_id))
           FROM player_point_logs l WHERE l.player_season_id = ps.id) AS logs,
        (SELECT json_agg(json_build_object('reason', h.reason, 'round', h.round, 'from', h.from_rank_id,
                'to', h.to_rank_id, 'rating', h.rating::float8, 'season', h.season_id, 'player', h.player_id,
                'actor', h.actor_id))
           FROM player_rank_history h WHERE h.player_season_id = ps.id) AS history
      FROM player_seasons ps WHERE ps.season_id = ${upcoming.id}`;
    expect(trails).toHaveLength(expected.length);
    const registrationOf = new Map(carried.map((r) => [r.id, r]));
    for (const trail of trails) {
      const r = registrationOf.get(trail.id)!;
      expect(trail.logs).toEqual([{ source: 'INITIAL', delta: 0, balance: 0, ref: null, actor: admin!.id }]);
      expect(trail.history).toEqual([
        {
          reason: 'CARRY_OVER',
          round: null,
          from: null,
          to: r.rank_id,
          rating: r.rating,
          season: upcoming.id,
          player: r.player_id,
          actor: admin!.id,
        },
      ]);
    }

    // The trigger-kept roster counts agree with the registrations.
    const counts = await t.database.sql<{ team_id: string; rank_id: string; active_players: number }[]>`
      SELECT team_id, rank_id, active_players FROM season_roster_counts
      WHERE season_id = ${upcoming.id} AND active_players > 0 ORDER BY team_id, rank_id`;
    const tally = new Map<string, number>();
    for (const r of carried)
      tally.set(`${r.team_id}/${r.rank_id}`, (tally.get(`${r.team_id}/${r.rank_id}`) ?? 0) + 1);
    expect(Object.fromEntries(counts.map((c) => [`${c.team_id}/${c.rank_id}`, c.active_players]))).toEqual(
      Object.fromEntries(tally),
    );

    const [audit] = await t.database.sql<{ actor_id: string; after: { teams: number; players: number } }[]>`
      SELECT actor_id, after FROM audit_events WHERE action = 'season.roll_over' AND entity_id = ${upcoming.id}`;
    expect(audit).toMatchObject({ actor_id: admin!.id, after: { teams: TEAMS, players: expected.length } });

    const check = await integrity(t);
    expect(check).toMatchObject({ ok: true, violations: [] });
    expect(check.checked).toBe(before.length + expected.length);

    // Set-based: the number of statements does not grow with the season's players (~3 each before).
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThan(40);
  });
});
