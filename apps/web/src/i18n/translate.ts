import { en } from './en';
import { getLanguage, type Language } from './language';
import { vi } from './vi';

export type MessageKey = keyof typeof en;
/** Every catalog has exactly the English catalog's keys: a missing Vietnamese string fails tsc. */
export type Catalog = Record<MessageKey, string>;

export const catalogs: Record<Language, Catalog> = { en, vi };

export type Params = Record<string, string | number>;

/** `{name}` placeholders filled from params; an unknown placeholder stays visible rather than vanish. */
export function translateIn(language: Language, key: MessageKey, params?: Params): string {
  const template = catalogs[language][key] ?? en[key];
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
  return key in en ? t(key as MessageKey, params) : code;
}
