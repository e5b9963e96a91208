import { describe, expect, it } from 'vitest';
import { type Movement, positionMovement } from './movement.js';

describe('positionMovement', () => {
  it.each<[number | null | undefined, number, Movement]>([
    [null, 1, 'new'],
    [undefined, 7, 'new'],
    [5, 2, 'up'],
    [2, 1, 'up'],
    [1, 2, 'down'],
    [3, 10, 'down'],
    [4, 4, 'same'],
    [1, 1, 'same'],
  ])('%s → %i is %s', (previous, current, movement) => {
    expect(positionMovement(previous, current)).toBe(movement);
  });
});
