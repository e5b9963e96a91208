import { describe, expect, it } from 'vitest';
import { checkLineup } from './lineup.js';

const teams = { home: 'H', guest: 'G' };
const regs = [
  { player_id: 'h1', team_id: 'H', status: 'ACTIVE' },
  { player_id: 'h2', team_id: 'H', status: 'ACTIVE' },
  { player_id: 'g1', team_id: 'G', status: 'ACTIVE' },
  { player_id: 'g2', team_id: 'G', status: 'ACTIVE' },
  { player_id: 'w', team_id: 'H', status: 'WITHDRAWN' },
];

describe('checkLineup', () => {
  it.each([
    ['a valid single', { match_type: 'SINGLE', home: ['h1'], guest: ['g1'] }, []],
    ['a valid double', { match_type: 'DOUBLE', home: ['h1', 'h2'], guest: ['g1', 'g2'] }, []],
    ['a single with a partner', { match_type: 'SINGLE', home: ['h1', 'h2'], guest: ['g1'] }, [null, 'h2']],
    ['a double without a partner', { match_type: 'DOUBLE', home: ['h1'], guest: ['g1', 'g2'] }, [null]],
    ['a player twice', { match_type: 'DOUBLE', home: ['h1', 'h1'], guest: ['g1', 'g2'] }, ['h1']],
    ['a player on the wrong side', { match_type: 'SINGLE', home: ['g1'], guest: ['g2'] }, ['g1']],
    ['an unregistered player', { match_type: 'SINGLE', home: ['x'], guest: ['g1'] }, ['x']],
    ['a withdrawn player', { match_type: 'SINGLE', home: ['w'], guest: ['g1'] }, ['w']],
    ['nobody at all', { match_type: 'SINGLE', home: [], guest: [] }, [null, null]],
  ] as const)('%s', (_name, input, expected) => {
    const problems = checkLineup({ ...input, home: [...input.home], guest: [...input.guest] }, teams, regs);
    expect(problems.map((p) => p.player_id)).toEqual(expected);
    for (const problem of problems) expect(problem.reason.length).toBeGreaterThan(10);
  });

  it('explains a wrong side precisely', () => {
    const [first] = checkLineup({ match_type: 'SINGLE', home: ['h1'], guest: ['h2'] }, teams, regs);
    expect(first).toEqual({ player_id: 'h2', reason: 'The player does not play for the guest team' });
  });
});
