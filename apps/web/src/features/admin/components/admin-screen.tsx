import type { ReactNode } from 'react';
import { Link } from '../../../components/ui/link';
import { PageHeader } from '../../../components/ui/page-header';
import { t } from '../../../i18n/translate';

/** An organiser screen under /admin: the way back to the organiser's start, its title, then its body. */
export function AdminScreen({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="stack">
      <Link className="back-link" href="/admin">
        ‹ {t('admin.title')}
      </Link>
      <PageHeader title={title} subtitle={subtitle} />
      {children}
    </section>
  );
}
