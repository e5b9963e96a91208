/**
 * League-local dates and times (SPEC §6): generation speaks the league's wall clock ("Thursdays at
 * 19:30 in Hanoi"), the database stores UTC. Intl knows every zone's offsets, including DST changes.
 */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes the zone is ahead of UTC at this instant. */
function offsetMinutes(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** The UTC instant of a wall-clock time on a date in `zone` ("2026-03-05", "19:30"). */
export function localToUtc(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset even when the guess lands on the other side of a DST change.
  let at = new Date(guess - offsetMinutes(zone, new Date(guess)) * 60_000);
  at = new Date(guess - offsetMinutes(zone, at) * 60_000);
  return at;
}

/** `date` plus `days`, as a calendar date (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first date on or after `date` that falls on `weekday` (0 = Sunday … 6 = Saturday). */
export function nextWeekday(date: string, weekday: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const current = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(date, (weekday - current + 7) % 7);
}

export interface RoundSchedule {
  start_date: string;
  time?: string;
  weekday?: number;
  days_between_rounds?: number;
}

/** Each round's start in UTC: the first on `start_date` (moved to `weekday`), then every `days_between_rounds`. */
export function localRoundTimes(rounds: number, schedule: RoundSchedule, zone: string): Date[] {
  const first =
    schedule.weekday === undefined ? schedule.start_date : nextWeekday(schedule.start_date, schedule.weekday);
  const step = schedule.days_between_rounds ?? 7;
  return Array.from({ length: rounds }, (_, i) =>
    localToUtc(addDays(first, i * step), schedule.time ?? '19:00', zone),
  );
}
