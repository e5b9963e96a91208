import { EmptyState } from '../components/ui/empty-state';
import { Link } from '../components/ui/link';
import { t } from '../i18n/translate';

export function NotFound({ what = 'page' }: { what?: 'page' | 'match' | 'fixture' }) {
  return (
    <EmptyState title={t(`notFound.${what}`)}>
      <Link className="back-link" href="/">
        {t('common.back')}
      </Link>
    </EmptyState>
  );
}
