import { describe, expect, it } from 'vitest';
import { type Pairing, roundDates, roundRobin } from './round-robin.js';

const teams = (n: number) => Array.from({ length: n }, (_, i) => `team-${String(i + 1).padStart(2, '0')}`);
const pairKey = (p: Pairing) => [p.home_team_id, p.guest_team_id].sort().join('|');
const homeAwaySequence = (schedule: Pairing[], id: string) =>
  schedule
    .filter((p) => p.home_team_id === id || p.guest_team_id === id)
    .sort((a, b) => a.round - b.round)
    .map((p) => (p.home_team_id === id ? 'H' : 'A'))
    .join('');

describe('roundRobin: small cases', () => {
  it.each([[[]], [['solo']]])('returns no fixtures for %j', (ids) => {
    expect(roundRobin(ids)).toEqual([]);
    expect(roundRobin(ids, { double: true })).toEqual([]);
  });

  it('pairs two teams once, or twice with home and away swapped', () => {
    expect(roundRobin(['a', 'b'])).toEqual([{ round: 1, home_team_id: 'a', guest_team_id: 'b' }]);
    expect(roundRobin(['a', 'b'], { double: true })).toEqual([
      { round: 1, home_team_id: 'a', guest_team_id: 'b' },
      { round: 2, home_team_id: 'b', guest_team_id: 'a' },
    ]);
  });

  it('gives three teams three rounds with one team resting each round', () => {
    const schedule = roundRobin(['a', 'b', 'c']);
    expect(schedule).toHaveLength(3);
    expect(schedule.map((p) => p.round)).toEqual([1, 2, 3]);
    expect(new Set(schedule.map(pairKey))).toEqual(new Set(['a|b', 'a|c', 'b|c']));
  });

  it('is deterministic', () => {
    expect(roundRobin(teams(8))).toEqual(roundRobin(teams(8)));
  });

  it('lists fixtures by round', () => {
    const rounds = roundRobin(teams(10), { double: true }).map((p) => p.round);
    expect(rounds).toEqual([...rounds].sort((a, b) => a - b));
  });

  it('refuses duplicate team ids', () => {
    expect(() => roundRobin(['a', 'b', 'a'])).toThrow(RangeError);
  });

  it('does not modify the team list', () => {
    const ids = Object.freeze(['a', 'b', 'c', 'd']);
    roundRobin(ids);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe.each(Array.from({ length: 11 }, (_, i) => i + 2))('roundRobin with %i teams', (n) => {
  const ids = teams(n);
  const single = roundRobin(ids);
  const double = roundRobin(ids, { double: true });
  const rounds = n % 2 === 0 ? n - 1 : n;
  const pairs = (n * (n - 1)) / 2;

  it(`has ${rounds} rounds and ${pairs} fixtures`, () => {
    expect(new Set(single.map((p) => p.round))).toEqual(
      new Set(Array.from({ length: rounds }, (_, i) => i + 1)),
    );
    expect(single).toHaveLength(pairs);
  });

  it('pairs every two teams exactly once and never a team with itself', () => {
    const keys = single.map(pairKey);
    expect(new Set(keys).size).toBe(pairs);
    for (const p of single) expect(p.home_team_id).not.toBe(p.guest_team_id);
    for (const p of single) expect(ids).toContain(p.home_team_id);
  });

  it('lets each team play at most once per round, with exactly one team resting when odd', () => {
    for (const schedule of [single, double]) {
      const roundNumbers = new Set(schedule.map((p) => p.round));
      for (const round of roundNumbers) {
        const fixtures = schedule.filter((p) => p.round === round);
        const playing = fixtures.flatMap((p) => [p.home_team_id, p.guest_team_id]);
        expect(new Set(playing).size).toBe(playing.length);
        expect(playing.length).toBe(n % 2 === 0 ? n : n - 1);
      }
    }
  });

  it('balances home and away within one in a single round robin', () => {
    for (const id of ids) {
      const sequence = homeAwaySequence(single, id);
      const home = sequence.split('H').length - 1;
      expect(sequence).toHaveLength(n - 1);
      expect(Math.abs(home - (n - 1 - home))).toBeLessThanOrEqual(1);
    }
  });

  it('never makes a team play three home or three away games in a row in a single round robin', () => {
    for (const id of ids) expect(homeAwaySequence(single, id)).not.toMatch(/HHH|AAA/);
  });

  it(`has ${2 * rounds} rounds in a double round robin, the second half mirroring the first`, () => {
    expect(double).toHaveLength(2 * pairs);
    expect(Math.max(...double.map((p) => p.round))).toBe(2 * rounds);
    const secondHalf = double.filter((p) => p.round > rounds);
    expect(secondHalf).toEqual(
      single.map((p) => ({
        round: p.round + rounds,
        home_team_id: p.guest_team_id,
        guest_team_id: p.home_team_id,
      })),
    );
  });

  it('hosts every pairing once each way in a double round robin', () => {
    const directed = new Set(double.map((p) => `${p.home_team_id}>${p.guest_team_id}`));
    expect(directed.size).toBe(n * (n - 1));
  });

  it('balances home and away exactly in a double round robin', () => {
    for (const id of ids) {
      const sequence = homeAwaySequence(double, id);
      expect(sequence.split('H').length - 1).toBe(n - 1);
      expect(sequence.split('A').length - 1).toBe(n - 1);
    }
  });
});

describe('roundDates', () => {
  const start = new Date('2025-03-01T12:30:00Z');

  it.each<[number, number, string[]]>([
    [0, 7, []],
    [1, 7, ['2025-03-01T12:30:00.000Z']],
    [3, 7, ['2025-03-01T12:30:00.000Z', '2025-03-08T12:30:00.000Z', '2025-03-15T12:30:00.000Z']],
    [3, 1, ['2025-03-01T12:30:00.000Z', '2025-03-02T12:30:00.000Z', '2025-03-03T12:30:00.000Z']],
    [2, 0, ['2025-03-01T12:30:00.000Z', '2025-03-01T12:30:00.000Z']],
    [2, 14, ['2025-03-01T12:30:00.000Z', '2025-03-15T12:30:00.000Z']],
  ])('%i rounds every %i days', (rounds, days, expected) => {
    expect(roundDates(rounds, start, days).map((d) => d.toISOString())).toEqual(expected);
  });

  it('crosses month and leap-year ends', () => {
    const dates = roundDates(3, new Date('2024-02-22T00:00:00Z'), 7).map((d) => d.toISOString().slice(0, 10));
    expect(dates).toEqual(['2024-02-22', '2024-02-29', '2024-03-07']);
  });

  it('crosses the year end', () => {
    const dates = roundDates(2, new Date('2025-12-28T18:00:00Z'), 7).map((d) => d.toISOString());
    expect(dates).toEqual(['2025-12-28T18:00:00.000Z', '2026-01-04T18:00:00.000Z']);
  });

  it('returns fresh Date objects', () => {
    const [first] = roundDates(1, start, 7);
    expect(first).not.toBe(start);
    expect(first?.getTime()).toBe(start.getTime());
  });

  it.each<[number, Date, number]>([
    [-1, start, 7],
    [1.5, start, 7],
    [3, start, -7],
    [3, start, 0.5],
    [3, new Date('not a date'), 7],
  ])('refuses %d rounds from %s every %d days', (rounds, from, days) => {
    expect(() => roundDates(rounds, from, days)).toThrow(RangeError);
  });
});
