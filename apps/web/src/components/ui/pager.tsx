import type { ListMeta } from '../../lib/api-client';
import { pageInfo } from '../../lib/paging';
import { Button } from './button';

interface PagerProps {
  meta: ListMeta;
  onPage: (page: number) => void;
  noun?: string;
}

export function Pager({ meta, onPage, noun = 'rows' }: PagerProps) {
  const info = pageInfo(meta);
  if (info.total === 0) return null;
  if (info.pages === 1) {
    return (
      <p className="pager__status" aria-live="polite">
        {info.total} {noun}
      </p>
    );
  }
  return (
    <nav className="pager" aria-label="Pages">
      <Button variant="secondary" disabled={!info.hasPrevious} onClick={() => onPage(info.page - 1)}>
        ‹ Previous
      </Button>
      <span className="pager__status" aria-live="polite">
        {info.first}–{info.last} of {info.total} {noun}
      </span>
      <Button variant="secondary" disabled={!info.hasNext} onClick={() => onPage(info.page + 1)}>
        Next ›
      </Button>
    </nav>
  );
}
