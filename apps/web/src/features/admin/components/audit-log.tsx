import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Pager } from '../../../components/ui/pager';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { formatDateTime } from '../../../lib/format';
import { navigate, useLocation, withSearch } from '../../../lib/navigation';
import { offsetForPage, parsePage } from '../../../lib/paging';
import { useAdminQuery } from '../api/admin-api';
import { AdminScreen } from './admin-screen';

const PAGE = 50;

/** Who changed what and when: every write of the league, newest first. */
export function AuditLog() {
  const location = useLocation();
  const page = parsePage(location.search.get('page'));
  const events = useAdminQuery(['audit', page], (signal) =>
    api.GET('/api/v1/audit', {
      params: { query: { limit: PAGE, offset: offsetForPage(page, PAGE) } },
      signal,
    }),
  );
  return (
    <AdminScreen title={t('admin.audit')} subtitle={t('admin.auditHint')}>
      {events.isPending ? <Loading /> : null}
      {events.isError ? <ErrorMessage title={t('admin.loadError')} error={events.error} /> : null}
      <ol className="plain-list card">
        {(events.data?.data ?? []).map((event) => (
          <li key={event.id} className="audit-row">
            <span className="audit-row__action">
              <code>{event.action}</code> · {event.entity}
            </span>
            <span className="muted small">
              {formatDateTime(event.created_at)} · {event.actor_email ?? t('admin.system')}
            </span>
          </li>
        ))}
      </ol>
      {events.data?.meta ? (
        <Pager
          meta={events.data.meta}
          noun={t('admin.events')}
          onPage={(next) => navigate(withSearch(location, { page: next === 1 ? null : next }))}
        />
      ) : null}
    </AdminScreen>
  );
}
