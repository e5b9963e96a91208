import { CardSection } from '../../../components/ui/card-section';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { Loading } from '../../../components/ui/loading';
import { PageHeader } from '../../../components/ui/page-header';
import { t, tCode } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { useAdminQuery } from '../api/admin-api';

const AREAS = [
  ['/admin/teams', 'admin.teams', 'admin.teamsHint'],
  ['/admin/players', 'admin.players', 'admin.playersHint'],
  ['/admin/accounts', 'admin.accounts', 'admin.accountsHint'],
  ['/admin/disputes', 'disputes.title', 'disputes.hint'],
  ['/admin/audit', 'admin.audit', 'admin.auditHint'],
] as const;

/** The organiser's start: every season with its state, and the league's registers. */
export function AdminHome() {
  const seasons = useAdminQuery(['seasons'], (signal) =>
    api.GET('/api/v1/seasons', { params: { query: { limit: 50 } }, signal }),
  );
  return (
    <section className="stack">
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />
      <CardSection id="admin-seasons" title={t('admin.seasons')}>
        {seasons.isPending ? <Loading /> : null}
        {seasons.isError ? <ErrorMessage title={t('admin.loadError')} error={seasons.error} /> : null}
        <ul className="link-list">
          {(seasons.data?.data ?? []).map((season) => (
            <li key={season.id}>
              <Link className="link-list__item" href={`/admin/seasons/${season.id}`}>
                <span>
                  <strong>{season.name}</strong> <span className="muted small">{season.year}</span>
                </span>
                <span className={`badge badge--season-${season.status.toLowerCase()}`}>
                  {tCode('seasonStatus', season.status)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <Link className="button button--primary" href="/admin/seasons/new">
          {t('admin.newSeason')}
        </Link>
      </CardSection>
      <ul className="link-list card">
        {AREAS.map(([href, title, hint]) => (
          <li key={href}>
            <Link className="link-list__item" href={href}>
              <span className="stack--tight">
                <strong>{t(title)}</strong>
                <span className="muted small">{t(hint)}</span>
              </span>
              <span aria-hidden="true">›</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
