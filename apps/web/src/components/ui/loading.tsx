import { t } from '../../i18n/translate';
export function Loading({ label = t('common.loading') }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
