import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './language.js';

describe('chooseLanguage', () => {
  it('takes the first of Vietnamese or English, whatever comes before them', () => {
    expect(chooseLanguage(['vi-VN', 'en'])).toBe('vi');
    expect(chooseLanguage(['en-GB'])).toBe('en');
    expect(chooseLanguage(['fr-FR', 'en-US', 'vi'])).toBe('en');
  });
  it('is Vietnamese when neither is named', () => {
    expect(chooseLanguage(['fr-FR'])).toBe('vi');
    expect(chooseLanguage([])).toBe('vi');
  });
});
