import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n/translate';
import { positionLabels } from './position-labels';

await switchLanguage('en', { remember: false });

describe('positionLabels', () => {
  it('marks shared places (RANK semantics: 1, 2, 2, 4)', () => {
    expect(positionLabels([1, 2, 2, 4]).map((label) => label.text)).toEqual(['1', '=2', '=2', '4']);
  });

  it('describes places for screen readers', () => {
    const [first, second, , fourth] = positionLabels([1, 2, 2, 4]);
    expect(first?.description).toBe('1st place');
    expect(second?.description).toBe('Shared 2nd place');
    expect(fourth?.description).toBe('4th place');
    expect(positionLabels([11, 12, 13, 21, 22, 23, 111]).map((label) => label.description)).toEqual([
      '11th place',
      '12th place',
      '13th place',
      '21st place',
      '22nd place',
      '23rd place',
      '111th place',
    ]);
  });
});
