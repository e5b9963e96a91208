import { describe, expect, it } from 'vitest';
import { divisionClash } from './divisions';

const others = [
  { id: 'a', name: 'Hạng Nhất', level: 1 },
  { id: 'b', name: 'Hạng Nhì', level: 2 },
];

describe('divisionClash', () => {
  it('finds the division holding the name, ignoring case and extra spaces', () => {
    expect(divisionClash(others, '  hạng   NHẤT ', 5)).toEqual({ field: 'name', division: others[0] });
  });

  it('finds the division holding the level', () => {
    expect(divisionClash(others, 'Hạng Ba', 2)).toEqual({ field: 'level', division: others[1] });
  });

  it('is null for a free name and level', () => {
    expect(divisionClash(others, 'Hạng Ba', 3)).toBeNull();
    expect(divisionClash([], 'Hạng Nhất', 1)).toBeNull();
  });
});
