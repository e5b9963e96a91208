/** Round r of a schedule starting on `start` (YYYY-MM-DD) with `days` between rounds, as YYYY-MM-DD. */
export function roundDate(start: string, round: number, days: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + (round - 1) * days);
  return date.toISOString().slice(0, 10);
}
