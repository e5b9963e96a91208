import type { ReactNode } from 'react';
import { Link } from '../components/ui/link';
import { useActiveSeason } from '../features/seasons/api/get-active-season';
import { t } from '../i18n/translate';
import { hasRole, useSession } from '../lib/auth-session';
import { useCaptaincies } from '../lib/captaincy';
import { setLeagueTimeZone } from '../lib/format';
import { useLocation } from '../lib/navigation';
import { LanguageSwitch } from './language-switch';
import { CalendarIcon, TableIcon, ToolsIcon, TrophyIcon, UserIcon } from './nav-icons';
import { QueueBanner } from './queue-banner';
import { useLiveUpdates } from './use-live-updates';
import { useResultQueue } from './use-result-queue';

const LIVE_LABELS = { live: 'live.live', connecting: 'live.connecting', offline: 'live.offline' } as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === '/')
    return pathname === '/' || pathname.startsWith('/players/') || pathname.startsWith('/seasons');
  if (href === '/standings') return pathname === href || pathname.startsWith('/teams/');
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const session = useSession();
  const season = useActiveSeason();
  const captaincies = useCaptaincies();
  // Dates are shown in the league's zone; set before the screens below format anything.
  setLeagueTimeZone(season.data?.timezone);
  const live = useLiveUpdates(season.data?.id);
  useResultQueue();

  const tabs = [
    { href: '/', label: t('nav.leaderboard'), icon: <TrophyIcon /> },
    { href: '/standings', label: t('nav.teams'), icon: <TableIcon /> },
    { href: '/fixtures', label: t('nav.fixtures'), icon: <CalendarIcon /> },
    ...(captaincies.length > 0 ? [{ href: '/my-team', label: t('nav.myTeam'), icon: <UserIcon /> }] : []),
    ...(hasRole(session, 'ADMIN') ? [{ href: '/admin', label: t('nav.admin'), icon: <ToolsIcon /> }] : []),
    { href: '/sign-in', label: session ? t('nav.account') : t('nav.signIn'), icon: <UserIcon /> },
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          <img src="/icons/icon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </Link>
        {season.data ? (
          <span className={`live live--${live}`} title={t('live.title')} role="status">
            <span className="live__dot" aria-hidden="true" />
            {t(LIVE_LABELS[live])}
          </span>
        ) : null}
        <LanguageSwitch />
        <nav className="tabs" aria-label={t('nav.main')}>
          <ul>
            {tabs.map((tab) => (
              <li key={tab.href}>
                <Link
                  href={tab.href}
                  className="tabs__link"
                  aria-current={isCurrent(pathname, tab.href) ? 'page' : undefined}
                >
                  {tab.icon}
                  <span>{tab.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <QueueBanner />
        {children}
      </main>
    </div>
  );
}
