import { describe, expect, it } from 'vitest';
import { type Outcome, streaks, winRate } from './win-loss.js';

const parse = (text: string): Outcome[] => [...text].map((c) => (c === 'W' ? 'WIN' : 'LOSS'));

describe('streaks', () => {
  it('is empty before a first match', () => {
    expect(streaks([])).toEqual({ current: { result: null, length: 0 }, longest_win: 0, longest_loss: 0 });
  });

  it.each<[string, Outcome, number, number, number]>([
    ['W', 'WIN', 1, 1, 0],
    ['L', 'LOSS', 1, 0, 1],
    ['WWW', 'WIN', 3, 3, 0],
    ['LLWW', 'WIN', 2, 2, 2],
    ['WWWLW', 'WIN', 1, 3, 1],
    ['WWWLL', 'LOSS', 2, 3, 2],
    ['LWLWLW', 'WIN', 1, 1, 1],
    ['WWLLLWWWWL', 'LOSS', 1, 4, 3],
    ['LLLLWWWWW', 'WIN', 5, 5, 4],
  ])('%s → current %s×%i, longest win %i, longest loss %i', (text, result, length, win, loss) => {
    expect(streaks(parse(text))).toEqual({
      current: { result, length },
      longest_win: win,
      longest_loss: loss,
    });
  });

  it('counts a long run without overflow or reset', () => {
    const long = parse('W'.repeat(1000));
    expect(streaks(long).longest_win).toBe(1000);
    expect(streaks([...long, 'LOSS']).current).toEqual({ result: 'LOSS', length: 1 });
  });
});

describe('winRate', () => {
  it.each<[number, number, number]>([
    [0, 0, 0],
    [0, 5, 0],
    [5, 5, 1],
    [1, 2, 0.5],
    [1, 3, 0.3333],
    [2, 3, 0.6667],
    [7, 9, 0.7778],
  ])('%i of %i → %d', (won, played, rate) => {
    expect(winRate(won, played)).toBe(rate);
  });
});
