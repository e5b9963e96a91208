import { useSyncExternalStore } from 'react';

/**
 * The app's language: chosen from the browser's languages on a first visit, then whatever the visitor
 * picked with the switch (kept in localStorage). Vietnamese is the league's own language, so it wins
 * whenever the browser mentions it and is the default when the browser says nothing we speak.
 */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** BCP 47 tags for Intl: the region fixes the date order and the decimal separator. */
export const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

const STORAGE_KEY = 'pingpong.language';

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'vi';
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
