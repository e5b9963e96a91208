import { getLanguage, LOCALES } from '../i18n/language';

/** The league plays in Hanoi; a season may name another zone (the server's `timezone` field). */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
let timeZone = DEFAULT_TIME_ZONE;

export function setLeagueTimeZone(zone: string | null | undefined): void {
  if (!zone) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    timeZone = zone;
  } catch {
    // An unknown zone from the server: keep the league's default rather than throw in every render.
  }
}
export const leagueTimeZone = () => timeZone;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${getLanguage()}|${timeZone}|${name}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[getLanguage()], { ...options, timeZone });
    cache.set(key, format);
  }
  return format;
}
function numberFormat(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${getLanguage()}|${name}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[getLanguage()], options);
    cache.set(key, format);
  }
  return format;
}

const parse = (value: string | null | undefined): Date | null => {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

export function formatDateTime(value: string | null | undefined): string | null {
  const date = parse(value);
  return date
    ? dateFormat('dateTime', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(date)
    : null;
}

export function formatDate(value: string | null | undefined): string | null {
  const date = parse(value);
  return date ? dateFormat('date', { day: 'numeric', month: 'short', year: 'numeric' }).format(date) : null;
}

/** `YYYY-MM-DD` and `HH:mm` of an instant in the league's zone, for date and time inputs. */
export function localParts(value: string | null | undefined): { date: string; time: string } | null {
  const date = parse(value);
  if (!date) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The instant of a local date and time in the league's zone (the zone's offset on that day). */
export function fromLocalParts(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const shown = localParts(guess.toISOString());
  if (!shown) return guess.toISOString();
  const drift = new Date(`${shown.date}T${shown.time}:00Z`).getTime() - guess.getTime();
  return new Date(guess.getTime() - drift).toISOString();
}

export function formatNumber(value: number): string {
  return numberFormat('number', { maximumFractionDigits: 2 }).format(value);
}

/** Points are numeric(10,2): show cents only when there are some. */
export function formatPoints(value: number): string {
  return Number.isInteger(value)
    ? numberFormat('int', { maximumFractionDigits: 0 }).format(value)
    : numberFormat('cents', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export function formatSigned(value: number): string {
  return value > 0 ? `+${formatPoints(value)}` : formatPoints(value);
}

export function formatPercent(rate: number): string {
  return numberFormat('percent', { style: 'percent', maximumFractionDigits: 0 }).format(rate);
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
