import { chooseLanguage, type Language } from '@pingpong/domain';

/** An Accept-Language header's tags, most preferred first (by q, then by order); q=0 means "not this". */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map((entry) => entry.tag);
}

/** The league language a request asks for, decided as the app decides from the browser's list. */
export const requestLanguage = (header: string | undefined): Language =>
  chooseLanguage(acceptedLanguages(header));
