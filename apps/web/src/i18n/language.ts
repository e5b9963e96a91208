import { chooseLanguage, isLanguage, type Language } from '@pingpong/domain';
import { useSyncExternalStore } from 'react';

/**
 * The app's language: chosen from the browser's languages on a first visit, then whatever the visitor
 * picked with the switch (kept in localStorage). The rule for the browser's list is the domain's
 * `chooseLanguage`: Vietnamese unless English comes first.
 */
export { LANGUAGES, type Language } from '@pingpong/domain';

/** BCP 47 tags for Intl: the region fixes the date order and the decimal separator. */
export const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

const STORAGE_KEY = 'pingpong.language';

/** A choice made with the switch wins; otherwise the browser's languages decide, as the server does. */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  return isLanguage(stored) ? stored : chooseLanguage(preferred);
}

function readStored(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);

let current: Language = detectLanguage(readStored(), browserLanguages());
const listeners = new Set<() => void>();

export const getLanguage = (): Language => current;

export function setLanguage(language: Language, { remember = true } = {}): void {
  current = language;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
  }
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useLanguage = (): Language => useSyncExternalStore(subscribe, getLanguage, getLanguage);
