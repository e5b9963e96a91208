/**
 * The league's two languages and how one is chosen from a visitor's preferences (the browser's language
 * list, or an Accept-Language header in preference order). Vietnamese is the league's own: it wins whenever it
 * comes before English, and it is the default when neither is named. The app, the server's page and the link
 * previews all decide the same way.
 */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The first of the league's languages among `preferred` (BCP 47 tags, most preferred first). */
export function chooseLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'vi';
}
