import { parse } from 'csv-parse/sync';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { createTestApp, type TestApp } from '../helpers/app.js';
import {
  enterTeam,
  finishActiveSeason,
  integrity,
  newFixture,
  newLeague,
  newTeam,
} from '../helpers/factories.js';
import { multipartBody } from '../helpers/multipart.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await finishActiveSeason(t);
  await t.close();
});

const HEADER = 'full_name,birth_year,gender,phone,cccd,team,rank,opening_points';

function upload(data: Buffer | string, as: 'admin' | 'moderator' = 'admin', filename = 'players.csv') {
  const { payload, headers } = multipartBody([{ field: 'file', filename, data }]);
  return t.request({ method: 'POST', url: '/api/v1/imports/players', as, payload, headers });
}

const count = async (table: string) =>
  Number((await t.database.sql.unsafe(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n);

describe('player import (SPEC §8)', () => {
  it('previews a CSV with per-row errors and changes nothing else', async () => {
    const { season, teams } = await newLeague(t, { teams: 2, perTeam: 1 });
    const team = teams[0]!.name;
    const before = { players: await count('players'), seasons: await count('player_seasons') };
    const csv = [
      HEADER,
      `Nguyễn Văn An,1990,Nam,0901234567,012345678901,${team},B2,10.5`,
      `Trần Thị Bình,1995,Nữ,,012345678902,${team},C1,`,
      `,1990,MALE,,,${team},B2,`,
      `Lê Văn Cường,1890,X,abc,12,No Such Team,Z9,-5`,
      `Phạm Dũng,2000,MALE,,012345678901,${team},B2,`,
    ].join('\n');
    const response = await upload(csv);
    expect(response.statusCode, response.body).toBe(201);
    const data = response.json().data;
    expect(data).toMatchObject({ status: 'STAGED', total_rows: 5, valid_rows: 2, invalid_rows: 3 });
    const byRow = new Map(data.errors.map((row: { row_number: number }) => [row.row_number, row]));
    const codes = (row: number) =>
      (byRow.get(row) as { problems: Array<{ field: string; code: string }> }).problems.map(
        (p) => `${p.field}:${p.code}`,
      );
    expect(codes(4)).toEqual(['full_name:MISSING_REQUIRED_FIELD']);
    expect(codes(5)).toEqual(
      expect.arrayContaining([
        'birth_year:INVALID_INPUT',
        'gender:INVALID_INPUT',
        'phone:INVALID_INPUT',
        'cccd:INVALID_INPUT',
        'team:TEAM_NOT_FOUND',
        'rank:RANK_NOT_FOUND',
        'opening_points:INVALID_INPUT',
      ]),
    );
    expect(codes(6)).toEqual(['cccd:DUPLICATE_IN_FILE']);
    expect(data.sample.map((row: { full_name: string }) => row.full_name)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
    ]);
    expect({ players: await count('players'), seasons: await count('player_seasons') }).toEqual(before);

    const committed = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${data.id}/commit`,
      as: 'admin',
      payload: { season_id: season.id },
    });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json().data).toMatchObject({
      status: 'COMMITTED',
      committed_rows: 2,
      season_id: season.id,
    });
    expect(await count('players')).toBe(before.players + 2);
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${data.id}/commit`,
      as: 'admin',
      payload: { season_id: season.id },
    });
    expect(again.statusCode).toBe(409);
    expect((await integrity(t)).ok).toBe(true);
    const board = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/leaderboard` })
    ).json();
    expect(
      board.data.find((row: { player_name: string }) => row.player_name === 'Nguyễn Văn An'),
    ).toMatchObject({
      accumulated_points: 10.5,
      rank_id: 'B2',
    });
  });

  it('reads XLSX, refuses non-admins, and refuses a commit whose teams are not in the season', async () => {
    const outsider = await newTeam(t);
    const file = Buffer.from(
      await writeXlsxFile([
        HEADER.split(',').map((value) => ({ value })),
        [
          { value: 'Hoàng Em' },
          { value: 1988 },
          { value: 'MALE' },
          null,
          null,
          { value: outsider.name },
          { value: 'A3' },
          { value: 5 },
        ],
      ] as never).toBuffer(),
    );
    expect((await upload(file, 'moderator', 'players.xlsx')).statusCode).toBe(403);
    const response = await upload(file, 'admin', 'players.xlsx');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().data).toMatchObject({ total_rows: 1, valid_rows: 1 });
    const seasons = (await t.request({ method: 'GET', url: '/api/v1/seasons?limit=100' })).json().data;
    const active = seasons.find((s: { status: string }) => s.status === 'ACTIVE');
    const before = await count('players');
    const refused = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${response.json().data.id}/commit`,
      as: 'admin',
      payload: { season_id: active.id },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.teams).toEqual([outsider.name]);
    expect(await count('players')).toBe(before);
  });

  it('imports a 5 000-row file in one transaction and reports its progress', async () => {
    const seasons = (await t.request({ method: 'GET', url: '/api/v1/seasons?limit=100' })).json().data;
    const active = seasons.find((s: { status: string }) => s.status === 'ACTIVE');
    const team = await newTeam(t);
    await enterTeam(t, active.id, team.id);
    const lines = [HEADER];
    for (let i = 0; i < 5000; i++)
      lines.push(`Người chơi ${i},1990,MALE,,${String(100000000 + i)},${team.name},C2,${i % 7}`);
    const staged = await upload(lines.join('\r\n'));
    expect(staged.statusCode, staged.body).toBe(201);
    const id = staged.json().data.id;
    const progress = (await t.request({ method: 'GET', url: `/api/v1/imports/${id}`, as: 'admin' })).json()
      .data;
    expect(progress).toMatchObject({
      status: 'STAGED',
      total_rows: 5000,
      valid_rows: 5000,
      committed_rows: 0,
    });
    const committed = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${id}/commit`,
      as: 'admin',
      payload: { season_id: active.id },
    });
    expect(committed.statusCode, committed.body).toBe(200);
    const done = (await t.request({ method: 'GET', url: `/api/v1/imports/${id}`, as: 'admin' })).json().data;
    expect(done).toMatchObject({ status: 'COMMITTED', committed_rows: 5000 });
    const roster = await t.database
      .sql`SELECT count(*)::int AS n FROM player_seasons WHERE team_id = ${team.id}`;
    expect(roster[0]?.n).toBe(5000);
    expect((await integrity(t)).ok).toBe(true);
  }, 120_000);
});

describe('exports (SPEC §8)', () => {
  it('leaderboard.csv and standings.csv parse with csv-parse and match the JSON tables', async () => {
    const seasons = (await t.request({ method: 'GET', url: '/api/v1/seasons?limit=100' })).json().data;
    const active = seasons.find((s: { status: string }) => s.status === 'ACTIVE');
    const csv = await t.request({ method: 'GET', url: `/api/v1/seasons/${active.id}/leaderboard.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(csv.body, { bom: true, columns: true }) as Array<Record<string, string>>;
    const json = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${active.id}/leaderboard?limit=1` })
    ).json();
    expect(rows).toHaveLength(json.meta.total);
    expect(rows[0]).toMatchObject({ position: '1', player_name: json.data[0].player_name });
    expect(rows.some((row) => row.player_name === 'Nguyễn Văn An')).toBe(true);

    const standings = await t.request({ method: 'GET', url: `/api/v1/seasons/${active.id}/standings.csv` });
    const table = parse(standings.body, { bom: true, columns: true }) as Array<Record<string, string>>;
    const jsonTable = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${active.id}/standings` })
    ).json().data;
    expect(table.map((row) => row.team_name)).toEqual(
      jsonTable.map((row: { team_name: string }) => row.team_name),
    );
    expect(
      (
        await t.request({
          method: 'GET',
          url: '/api/v1/seasons/00000000-0000-4000-8000-000000000000/standings.csv',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('fixtures.ics is RFC 5545 that node-ical reads: one VEVENT per dated fixture, stable UIDs, UTC times', async () => {
    await finishActiveSeason(t);
    const { season, teams } = await newLeague(t, { teams: 3, perTeam: 1 });
    const at = '2026-12-05T12:30:00.000Z';
    const first = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
      scheduled_at: at,
      venue: 'Nhà thi đấu Hà Nội',
    });
    await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[1]!.id,
      guest_team_id: teams[2]!.id,
      round: 2,
      scheduled_at: '2026-12-12T12:30:00.000Z',
    });
    const fetchIcs = async (query = '') => {
      const response = await t.request({
        method: 'GET',
        url: `/api/v1/seasons/${season.id}/fixtures.ics${query}`,
      });
      expect(response.headers['content-type'], response.body).toBe('text/calendar; charset=utf-8');
      return response.body;
    };
    const body = await fetchIcs();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain(`DTSTART:20261205T123000Z`);
    const events = Object.values(ical.sync.parseICS(body)).filter(
      (item) => item?.type === 'VEVENT',
    ) as Array<{
      uid: string;
      start: Date;
      location: string;
      summary: string;
    }>;
    expect(events).toHaveLength(2);
    const event = events.find((e) => e.uid === `fixture-${first.id}@pingpong-league`)!;
    expect(event.start.toISOString()).toBe(at);
    expect(event.location).toBe('Nhà thi đấu Hà Nội');
    expect(event.summary).toContain(teams[0]!.name);
    const again = Object.values(ical.sync.parseICS(await fetchIcs())).filter(
      (item) => item?.type === 'VEVENT',
    );
    expect(again.map((e) => (e as { uid: string }).uid).sort()).toEqual(events.map((e) => e.uid).sort());
    const forTeam = Object.values(ical.sync.parseICS(await fetchIcs(`?team_id=${teams[0]!.id}`))).filter(
      (item) => item?.type === 'VEVENT',
    );
    expect(forTeam).toHaveLength(1);
  });
});
