import { describe, expect, it } from 'vitest';
import { en } from './en';
import { detectLanguage } from './language';
import { loadLanguage, translateIn } from './translate';
import { vi } from './vi';

const catalogs = { en, vi };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogs', () => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    const keys = Object.keys(en).sort();
    for (const [language, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).sort(), language).toEqual(keys);
      for (const [key, text] of Object.entries(catalog))
        expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(catalogs.vi[key]), key).toEqual(placeholders(catalogs.en[key]));
    }
  });

  it('fill placeholders and keep unknown ones visible', async () => {
    await loadLanguage('en');
    expect(translateIn('en', 'fixtures.round', { round: 3 })).toBe('Round 3');
    expect(translateIn('vi', 'fixtures.round', { round: 3 })).toBe('Vòng 3');
    expect(translateIn('en', 'fixtures.round')).toBe('Round {round}');
  });
});

describe('detectLanguage', () => {
  it('keeps a remembered choice, else follows the browser, else speaks Vietnamese', () => {
    expect(detectLanguage('en', ['vi-VN'])).toBe('en');
    expect(detectLanguage(null, ['vi-VN', 'en'])).toBe('vi');
    expect(detectLanguage(null, ['en-GB'])).toBe('en');
    expect(detectLanguage('xx', ['fr-FR', 'en-US'])).toBe('en');
    expect(detectLanguage(null, ['fr-FR'])).toBe('vi');
  });
});
