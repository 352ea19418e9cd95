import type { Route } from './router';
import { lazy, Suspense } from 'react';
import { useConfiguredVaultId } from '../hooks/use-sync-scheduler';
import { StrokeIcon } from '../components/stroke-icon';

type IconName = 'home' | 'plan' | 'log' | 'practice' | 'roadmaps' | 'role' | 'data';

const LINKS: { href: string; label: string; icon: IconName; matches: Route['name'][] }[] = [
  // A phase page and the report are reached from Home, so Home stays the current tab there.
  { href: '/', label: 'Home', icon: 'home', matches: ['dashboard', 'phase', 'report'] },
  { href: '/plan', label: 'Plan', icon: 'plan', matches: ['plan'] },
  { href: '/log', label: 'Log', icon: 'log', matches: ['log'] },
  { href: '/practice', label: 'Practice', icon: 'practice', matches: ['practice'] },
  { href: '/roadmaps', label: 'Roadmaps', icon: 'roadmaps', matches: ['roadmaps'] },
  { href: '/role', label: 'Role', icon: 'role', matches: ['role'] },
  { href: '/data', label: 'Data', icon: 'data', matches: ['data'] },
];

const ICON_PATHS: Record<IconName, string> = {
  home: 'M3 10.5 12 3l9 7.5V21h-6v-6H9v6H3z',
  plan: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4',
  log: 'M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0z',
  practice: 'M4 5h12v10H4zM8 19h12V9',
  roadmaps: 'M9 4 3 6.5v13.5l6-2.5 6 2.5 6-2.5V4l-6 2.5zM9 4v13.5M15 6.5V20',
  role: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  data: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
};

// The compact sync status loads only on devices where sync is set up.
const SyncIndicator = lazy(() => import('../features/sync/sync-indicator').then((module) => ({ default: module.SyncIndicator })));

export function AppHeader({ route }: { route: Route }) {
  const isSyncConfigured = useConfiguredVaultId() !== null;
  return (
    <header className="app-header">
      <a href="/" className="brand" aria-label="Healthcare AI Roadmap Tracker, home">
        <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <rect width="32" height="32" rx="8" className="brand__bg" />
          <path d="M8 16.5l5 5L24 10" fill="none" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="brand__text">Roadmap Tracker</span>
      </a>
      {isSyncConfigured && (
        <Suspense fallback={null}>
          <SyncIndicator isCurrent={route.name === 'sync'} />
        </Suspense>
      )}
      <a href="/search" className="search-link" aria-current={route.name === 'search' ? 'page' : undefined}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            d="M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5 21 21"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        <span>Search</span>
      </a>
      <nav aria-label="Main" className="nav-wrap">
        <ul className="nav">
          {LINKS.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="nav__link" aria-current={link.matches.includes(route.name) ? 'page' : undefined}>
                <StrokeIcon className="nav__icon" path={ICON_PATHS[link.icon]} />
                <span>{link.label}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
