import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n/translate';
import { formatDate, formatPoints, formatSets, formatSigned, initials } from './format';

// These tests read the English texts; i18n.test.ts holds the two catalogs together.
await switchLanguage('en', { remember: false });

describe('format', () => {
  it('shows points with cents only when there are some', () => {
    expect(formatPoints(150)).toBe('150');
    expect(formatPoints(150.5)).toBe('150.50');
    expect(formatSigned(100)).toBe('+100');
    expect(formatSigned(-50)).toBe('-50');
  });

  it('pairs game scores', () => {
    expect(formatSets([11, 8, 11], [9, 11, 7])).toBe('11-9, 8-11, 11-7');
    expect(formatSets(null, null)).toBe('');
  });

  it('takes initials from the first and last names', () => {
    expect(initials('Nguyễn Văn An')).toBe('NA');
    expect(initials('mai')).toBe('M');
    expect(initials('  ')).toBe('?');
  });

  it('returns null for missing or invalid dates', () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate('not a date')).toBeNull();
    expect(formatDate('2026-03-01T10:00:00Z')).toMatch(/2026/);
  });
});
