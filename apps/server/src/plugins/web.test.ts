import { describe, expect, it } from 'vitest';
import { appLanguage } from './web.js';

describe('appLanguage', () => {
  it('takes the first of Vietnamese or English the browser names', () => {
    expect(appLanguage('en-US,en;q=0.9')).toBe('en');
    expect(appLanguage('vi-VN,vi;q=0.9,en-US;q=0.8')).toBe('vi');
    expect(appLanguage('fr-FR,fr;q=0.9,en;q=0.8,vi;q=0.7')).toBe('en');
    expect(appLanguage('fr-FR,vi;q=0.5,en;q=0.4')).toBe('vi');
  });

  it('orders by preference weight, not by position', () => {
    expect(appLanguage('en;q=0.3,vi;q=0.8')).toBe('vi');
    expect(appLanguage('vi;q=0,en')).toBe('en');
  });

  it('speaks Vietnamese when the browser names neither or nothing', () => {
    expect(appLanguage(undefined)).toBe('vi');
    expect(appLanguage('')).toBe('vi');
    expect(appLanguage('de-DE,fr')).toBe('vi');
  });
});
