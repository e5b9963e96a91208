import { tCode } from '../../i18n/translate';
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--${status.toLowerCase()}`}>{tCode('status', status)}</span>;
}
