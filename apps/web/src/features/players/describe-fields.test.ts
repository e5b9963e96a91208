import { describe, expect, it } from 'vitest';
import { describeFields, describeLists, humanize } from './describe-fields';

describe('describeFields', () => {
  it('lists simple fields with readable labels and leaves out ids and nested data', () => {
    expect(
      describeFields({
        player_id: 'p1',
        wins: 7,
        losses: 2,
        win_rate: 0.7777,
        on_streak: true,
        last_matches: [],
        note: null,
      }),
    ).toEqual([
      { key: 'wins', label: 'Wins', value: '7' },
      { key: 'losses', label: 'Losses', value: '2' },
      { key: 'win_rate', label: 'Win rate', value: '0.78' },
      { key: 'on_streak', label: 'On streak', value: 'Yes' },
    ]);
  });

  it('finds the lists of a history', () => {
    const lists = describeLists({ matches: [{ won: true }, 3], seasons: [], total: 4 });
    expect(lists).toEqual([
      { key: 'matches', label: 'Matches', items: [{ won: true }] },
      { key: 'seasons', label: 'Seasons', items: [] },
    ]);
    expect(humanize('rank_history')).toBe('Rank history');
  });
});
