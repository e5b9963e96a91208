import type { en } from './en';
import { getLanguage, type Language, setLanguage } from './language';
import { vi } from './vi';

export type MessageKey = keyof typeof en;
/** Every catalog has exactly the English catalog's keys: a missing Vietnamese string fails tsc. */
export type Catalog = Record<MessageKey, string>;

/**
 * Vietnamese, the league's language, travels with the app; English is its own chunk, fetched before the
 * first render or on the switch (precached by the service worker), so nobody downloads both up front.
 */
const catalogs: Partial<Record<Language, Catalog>> = { vi };

export async function loadLanguage(language: Language): Promise<void> {
  if (!catalogs[language]) catalogs[language] = (await import('./en')).en;
}

/** Loads the language's catalog, then switches every component to it. */
export async function switchLanguage(language: Language, options?: { remember?: boolean }) {
  await loadLanguage(language);
  setLanguage(language, options);
}

export type Params = Record<string, string | number>;

/** `{name}` placeholders filled from params; an unknown placeholder stays visible rather than vanish. */
export function translateIn(language: Language, key: MessageKey, params?: Params): string {
  // Until English has arrived (offline on a first visit) a key reads in Vietnamese, never as a blank.
  const template = (catalogs[language] ?? vi)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** The current language's text for a key; components re-render on a switch (see App). */
export const t = (key: MessageKey, params?: Params): string => translateIn(getLanguage(), key, params);

/** For codes that come from the server (statuses, sources, reasons): the word, or the code itself. */
export function tCode(prefix: string, code: string, params?: Params): string {
  const key = `${prefix}.${code}`;
  return key in vi ? t(key as MessageKey, params) : code;
}
