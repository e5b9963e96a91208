import { describe, expect, it } from 'vitest';
import { requestLanguage } from './accept-language.js';

describe('requestLanguage', () => {
  it('takes the first of Vietnamese or English the browser names', () => {
    expect(requestLanguage('en-US,en;q=0.9')).toBe('en');
    expect(requestLanguage('vi-VN,vi;q=0.9,en-US;q=0.8')).toBe('vi');
    expect(requestLanguage('fr-FR,fr;q=0.9,en;q=0.8,vi;q=0.7')).toBe('en');
    expect(requestLanguage('fr-FR,vi;q=0.5,en;q=0.4')).toBe('vi');
  });

  it('orders by preference weight, not by position', () => {
    expect(requestLanguage('en;q=0.3,vi;q=0.8')).toBe('vi');
    expect(requestLanguage('vi;q=0,en')).toBe('en');
  });

  it('speaks Vietnamese when the browser names neither or nothing', () => {
    expect(requestLanguage(undefined)).toBe('vi');
    expect(requestLanguage('')).toBe('vi');
    expect(requestLanguage('de-DE,fr')).toBe('vi');
  });
});
