import { t } from '../../i18n/translate';
import { type ListMeta, pageInfo } from '../../lib/paging';
import { Button } from './button';

interface PagerProps {
  meta: ListMeta;
  onPage: (page: number) => void;
  noun?: string;
}

export function Pager({ meta, onPage, noun = t('common.rows') }: PagerProps) {
  const info = pageInfo(meta);
  if (info.total === 0) return null;
  if (info.pages === 1) {
    return (
      <p className="pager__status" aria-live="polite">
        {t('common.count', { total: info.total, noun })}
      </p>
    );
  }
  return (
    <nav className="pager" aria-label={t('common.pages')}>
      <Button variant="secondary" disabled={!info.hasPrevious} onClick={() => onPage(info.page - 1)}>
        {t('common.previous')}
      </Button>
      <span className="pager__status" aria-live="polite">
        {t('common.pageStatus', { first: info.first, last: info.last, total: info.total, noun })}
      </span>
      <Button variant="secondary" disabled={!info.hasNext} onClick={() => onPage(info.page + 1)}>
        {t('common.next')}
      </Button>
    </nav>
  );
}
