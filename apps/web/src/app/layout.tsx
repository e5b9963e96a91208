import type { ReactNode } from 'react';
import { Link } from '../components/ui/link';
import { useActiveSeason } from '../features/seasons/api/get-active-season';
import { useSession } from '../lib/auth-session';
import { useLocation } from '../lib/navigation';
import { CalendarIcon, TableIcon, TrophyIcon, UserIcon } from './nav-icons';
import { useLiveUpdates } from './use-live-updates';

const LIVE_LABELS = { live: 'Live', connecting: 'Connecting…', offline: 'Offline' } as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/' || pathname.startsWith('/players/');
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const session = useSession();
  const season = useActiveSeason();
  const live = useLiveUpdates(season.data?.id);

  const tabs = [
    { href: '/', label: 'Leaderboard', icon: <TrophyIcon /> },
    { href: '/standings', label: 'Teams', icon: <TableIcon /> },
    { href: '/fixtures', label: 'Fixtures', icon: <CalendarIcon /> },
    { href: '/sign-in', label: session ? 'Account' : 'Sign in', icon: <UserIcon /> },
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          <img src="/icons/icon.svg" alt="" width={28} height={28} />
          <span>Ping Pong League</span>
        </Link>
        {season.data ? (
          <span className={`live live--${live}`} title="Results update live">
            <span className="live__dot" aria-hidden="true" />
            {LIVE_LABELS[live]}
          </span>
        ) : null}
        <nav className="tabs" aria-label="Main">
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
        {children}
      </main>
    </div>
  );
}
