/** Names typed on a phone arrive in many Unicode forms; store one (NFC) and drop edge spaces. */
export function cleanName(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function cleanOptional(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const cleaned = cleanName(value);
  return cleaned === '' ? null : cleaned;
}

/** Longer text (descriptions, reasons): one Unicode form and no edge spaces, line breaks kept; empty means none. */
export function cleanText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const cleaned = value.normalize('NFC').trim();
  return cleaned === '' ? null : cleaned;
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
