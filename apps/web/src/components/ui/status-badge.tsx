const LABELS: Record<string, string> = {
  SCHEDULED: 'Scheduled',
  ONGOING: 'In progress',
  COMPLETED: 'Completed',
  POSTPONED: 'Postponed',
  WALKOVER: 'Walkover',
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--${status.toLowerCase()}`}>{LABELS[status] ?? status}</span>;
}
