import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import { enterTeam, newFixture, newLeague, newSeason, newTeam } from '../helpers/factories.js';
import { asCaptain, fixtureMatches, newCaptain, positionsOf, submitLineup } from '../helpers/match-day.js';
import { fillPath, isWrite, type Operation, operations } from '../helpers/openapi.js';

/**
 * SPEC §6 captains, built from the live OpenAPI document like the role matrix: every route a captain may
 * reach (`x-captain`) is probed on the captain's own fixture, on a fixture between two other teams, as a
 * captain of the same team in another season, and as an account with no captaincy. Every other guarded
 * route refuses a captain.
 */
const t = await createTestApp();
afterAll(() => t.close());

const ops = await operations(t);
const doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
  paths: Record<string, Record<string, Record<string, unknown>>>;
};
const captainKind = (op: Operation) =>
  doc.paths[op.path]![op.method.toLowerCase()]!['x-captain'] as 'fixture' | 'match' | undefined;
const reachable = ops.filter((op) => captainKind(op) !== undefined);
const others = ops.filter((op) => op.requiredRole !== null && captainKind(op) === undefined);
const label = (op: Operation) => `${op.method} ${op.path}`;

// One season, three teams: the captain's fixture A–B and a fixture B–C they have nothing to do with.
const league = await newLeague(t, { teams: 3, perTeam: 3, rules: { format: 'WORLD_TEAM' } });
const [a, b, c] = league.teams;
const own = await newFixture(t, { season_id: league.season.id, home_team_id: a!.id, guest_team_id: b!.id });
const other = await newFixture(t, { season_id: league.season.id, home_team_id: b!.id, guest_team_id: c!.id });
for (const [fixture, home, guest] of [
  [own, 0, 1],
  [other, 1, 2],
] as const) {
  await submitLineup(t, 'moderator', fixture.id, 'home', {
    positions: positionsOf(['A', 'B', 'C'], league.rosters[home]!),
  });
  await submitLineup(t, 'moderator', fixture.id, 'guest', {
    positions: positionsOf(['X', 'Y', 'Z'], league.rosters[guest]!),
  });
}
const ownMatch = (await fixtureMatches(t, own.id))[0]!;
const otherMatch = (await fixtureMatches(t, other.id))[0]!;
const captain = await newCaptain(t, league.season.id, a!.id);
// The same team's captain, but in another season.
const nextSeason = await newSeason(t);
await enterTeam(t, nextSeason.id, a!.id);
const elsewhere = await newCaptain(t, nextSeason.id, a!.id);
// An account whose only captaincy is of a team in another season: nothing in this one.
const stranger = await newTeam(t);
await enterTeam(t, nextSeason.id, stranger.id);
const nobody = await newCaptain(t, nextSeason.id, stranger.id);

function call(op: Operation, who: typeof captain, target: 'own' | 'other') {
  const kind = captainKind(op);
  const fixture = target === 'own' ? own : other;
  const match = target === 'own' ? ownMatch : otherMatch;
  const url = fillPath(op.path, (name) => {
    if (name === 'id') return kind === 'match' ? match.id : fixture.id;
    if (name === 'side') return 'home';
    return crypto.randomUUID();
  });
  return asCaptain(t, who, { method: op.method, url, ...(isWrite(op) ? { payload: {} } : {}) });
}

describe('the document itself', () => {
  it('marks the routes §6 gives captains, and only those', () => {
    expect(reachable.map(label).sort()).toEqual(
      [
        'PUT /api/v1/fixtures/{id}/lineups/{side}',
        'POST /api/v1/matches/{id}/result',
        'POST /api/v1/matches/{id}/result/void',
        'POST /api/v1/matches/{id}/forfeit',
        'POST /api/v1/fixtures/{id}/postpone',
        'POST /api/v1/fixtures/{id}/reschedule',
        'POST /api/v1/fixtures/{id}/confirm',
        'POST /api/v1/fixtures/{id}/dispute',
      ].sort(),
    );
  });
});

describe.each(reachable.map((op) => [label(op), op] as const))('%s', (_name, op) => {
  it('lets the captain of the fixture past the guard', async () => {
    const response = await call(op, captain, 'own');
    expect([401, 403], response.body).not.toContain(response.statusCode);
    expect(response.statusCode).toBeLessThan(500);
  });

  it.each([
    ['a fixture between two other teams', () => call(op, captain, 'other')],
    ['the same team captained in another season', () => call(op, elsewhere, 'own')],
    ['an account with no captaincy in the season', () => call(op, nobody, 'own')],
  ])('answers 403 FORBIDDEN on %s', async (_case, send) => {
    const response = await send();
    expect(response.statusCode, response.body).toBe(403);
    expect(response.json().error_code).toBe('FORBIDDEN');
  });
});

describe('every other guarded route', () => {
  it.each(others.map((op) => [label(op), op] as const))('refuses a captain: %s', async (_name, op) => {
    const url = fillPath(op.path, (name) =>
      name === 'id' ? own.id : name === 'side' ? 'home' : crypto.randomUUID(),
    );
    const response = await asCaptain(t, captain, {
      method: op.method,
      url,
      ...(isWrite(op) ? { payload: {} } : {}),
    });
    if (op.requiredRole === 'VIEWER') expect(response.statusCode).toBeLessThan(500);
    else expect(response.statusCode, response.body).toBe(403);
  });
});
