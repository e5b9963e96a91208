const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const dateOnly = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function formatDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : dateTime.format(date);
}

export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : dateOnly.format(date);
}

/** Points are numeric(10,2): show cents only when there are some. */
export function formatPoints(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function formatSigned(value: number): string {
  return value > 0 ? `+${formatPoints(value)}` : formatPoints(value);
}

/** "11-9, 8-11, 11-7" from the two sides' game scores. */
export function formatSets(home: readonly number[] | null, guest: readonly number[] | null): string {
  if (!home || !guest) return '';
  return home.map((score, index) => `${score}-${guest[index] ?? '?'}`).join(', ');
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
