import { NotFound } from '../../../app/not-found';
import { Link } from '../../../components/ui/link';
import { Notice } from '../../../components/ui/notice';
import { t } from '../../../i18n/translate';
import { hasRole, useSession } from '../../../lib/auth-session';
import '../admin.css';
import { AccountsAdmin } from './accounts-admin';
import { AdminHome } from './admin-home';
import { AuditLog } from './audit-log';
import { DisputesAdmin } from './disputes-admin';
import { PlayersAdmin } from './players-admin';
import { SeasonCreate } from './season-create';
import { SeasonManage } from './season-manage';
import { TeamsAdmin } from './teams-admin';

/** Everything under /admin: loaded on demand, and only for an organiser's account. */
export default function AdminRoute({ path }: { path: string }) {
  const session = useSession();
  if (!hasRole(session, 'ADMIN')) {
    return (
      <Notice tone="warning">
        {t('admin.needsAdmin')}{' '}
        {session ? null : (
          <Link href={`/sign-in?next=${encodeURIComponent(`/admin${path}`)}`}>{t('signIn.submit')}</Link>
        )}
      </Notice>
    );
  }
  if (path === '' || path === '/') return <AdminHome />;
  if (path === '/seasons/new') return <SeasonCreate />;
  const season = /^\/seasons\/([^/]+)$/.exec(path);
  if (season?.[1]) return <SeasonManage seasonId={season[1]} />;
  if (path === '/teams') return <TeamsAdmin />;
  if (path === '/players') return <PlayersAdmin />;
  if (path === '/accounts') return <AccountsAdmin />;
  if (path === '/audit') return <AuditLog />;
  if (path === '/disputes') return <DisputesAdmin />;
  return <NotFound />;
}
