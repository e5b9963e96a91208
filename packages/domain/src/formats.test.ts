import { describe, expect, it } from 'vitest';
import {
  checkFormat,
  isDecided,
  type NAMED_FORMATS,
  positionsOf,
  resolveFormat,
  stopsWhenDecided,
} from './formats.js';
import { checkPositionalLineup, planMatches } from './positional-lineup.js';

describe('formats', () => {
  it('spells out the named formats of SPEC §6 as slots in order', () => {
    const order = (name: keyof typeof NAMED_FORMATS) =>
      resolveFormat(name)!.slots.map((s) => (s.match_type === 'DOUBLE' ? 'D' : `${s.home}-${s.guest}`));
    expect(order('CORBILLON')).toEqual(['A-X', 'B-Y', 'D', 'A-Y', 'B-X']);
    expect(order('WORLD_TEAM')).toEqual(['A-X', 'B-Y', 'C-Z', 'A-Y', 'B-X']);
    expect(order('THREE_NINE')).toEqual(['A-X', 'B-Y', 'C-Z', 'B-X', 'A-Z', 'C-Y', 'B-Z', 'C-X', 'A-Y']);
    expect(order('THREE_TEN')).toEqual([...order('THREE_NINE'), 'D']);
    expect(resolveFormat('THREE_TEN')!.slots.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('treats FREE (and no format) as matches created one by one', () => {
    expect(resolveFormat('FREE')).toBeNull();
    expect(resolveFormat(undefined)).toBeNull();
  });

  it('takes a custom format and refuses positions outside the team size', () => {
    expect(resolveFormat({ team_size: 2, slots: ['A-Y', 'D'] })!.slots).toEqual([
      { order: 1, match_type: 'SINGLE', home: 'A', guest: 'Y' },
      { order: 2, match_type: 'DOUBLE', home: 'D', guest: 'D' },
    ]);
    expect(checkFormat({ team_size: 2, slots: ['A-X'] })).toEqual([]);
    expect(checkFormat({ team_size: 2, slots: ['C-X'] })).toHaveLength(1);
    expect(checkFormat({ team_size: 2, slots: ['A-X-Y'] })).toHaveLength(1);
    expect(checkFormat({ team_size: 0, slots: ['A-X'] })).toEqual([
      'team_size must be a whole number from 1 to 6',
    ]);
    expect(checkFormat({ team_size: 2, slots: [] })).toEqual(['a format has 1 to 99 slots']);
    // D stays the doubles: the fourth home position is E.
    expect(positionsOf('home', 4)).toEqual(['A', 'B', 'C', 'E']);
    expect(positionsOf('guest', 4)).toEqual(['X', 'Y', 'Z', 'W']);
  });

  it('stops when decided by default only for Corbillon and World Team', () => {
    expect(stopsWhenDecided('CORBILLON', null)).toBe(true);
    expect(stopsWhenDecided('WORLD_TEAM', undefined)).toBe(true);
    expect(stopsWhenDecided('THREE_TEN', null)).toBe(false);
    expect(stopsWhenDecided('FREE', null)).toBe(false);
    expect(stopsWhenDecided('WORLD_TEAM', false)).toBe(false);
    expect(stopsWhenDecided('THREE_NINE', true)).toBe(true);
  });

  it('calls a fixture decided once a side has more than half of the slots', () => {
    expect(isDecided(3, 0, 5)).toBe(true);
    expect(isDecided(2, 2, 5)).toBe(false);
    expect(isDecided(5, 4, 10)).toBe(false);
    expect(isDecided(6, 0, 10)).toBe(true);
  });
});

describe('positional lineups', () => {
  const format = resolveFormat('CORBILLON')!;
  const registrations = [
    { player_id: 'h1', team_id: 'home', status: 'ACTIVE' },
    { player_id: 'h2', team_id: 'home', status: 'ACTIVE' },
    { player_id: 'h3', team_id: 'home', status: 'INACTIVE' },
    { player_id: 'g1', team_id: 'guest', status: 'ACTIVE' },
  ];

  it('accepts a lineup with an empty position and a later doubles pair', () => {
    expect(checkPositionalLineup(format, 'home', { positions: { A: 'h1' } }, 'home', registrations)).toEqual(
      [],
    );
    expect(
      checkPositionalLineup(
        format,
        'home',
        { positions: { A: 'h1', B: 'h2' }, doubles: ['h1', 'h2'] },
        'home',
        registrations,
      ),
    ).toEqual([]);
  });

  it('names every problem and whose it is', () => {
    const problems = checkPositionalLineup(
      format,
      'home',
      { positions: { A: 'h1', B: 'h1', X: 'g1', C: 'h3' }, doubles: ['h2', 'h2'] },
      'home',
      registrations,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { player_id: 'h1', reason: 'The player is in more than one position' },
        { player_id: 'g1', reason: 'Position X is not a home position of this format (A, B)' },
        { player_id: 'g1', reason: 'The player does not play for the home team' },
        { player_id: 'h3', reason: 'The player is INACTIVE in this season' },
        { player_id: 'h2', reason: 'The doubles pair needs two different players' },
      ]),
    );
    expect(
      checkPositionalLineup(
        resolveFormat('WORLD_TEAM')!,
        'guest',
        { positions: {}, doubles: ['g1', 'x'] },
        'guest',
        registrations,
      ),
    ).toEqual(
      expect.arrayContaining([
        { player_id: null, reason: 'This format has no doubles' },
        { player_id: 'x', reason: 'The player is not registered in this season' },
      ]),
    );
  });

  it('plans the matches in slot order from both lineups', () => {
    const planned = planMatches(
      format,
      { positions: { A: 'h1', B: 'h2' } },
      { positions: { X: 'g1' }, doubles: ['g1', 'g2'] },
    );
    expect(planned.map((m) => [m.match_order, m.home, m.guest])).toEqual([
      [1, ['h1', null], ['g1', null]],
      [2, ['h2', null], [null, null]],
      [3, [null, null], ['g1', 'g2']],
      [4, ['h1', null], [null, null]],
      [5, ['h2', null], ['g1', null]],
    ]);
  });
});
