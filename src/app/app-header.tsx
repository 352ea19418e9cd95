import type { Route } from './router';

const LINKS: { href: string; label: string; matches: Route['name'][] }[] = [
  { href: '/', label: 'Dashboard', matches: ['dashboard', 'phase'] },
  { href: '/plan', label: 'Plan', matches: ['plan'] },
  { href: '/role', label: 'Role', matches: ['role'] },
  { href: '/data', label: 'Data', matches: ['data'] },
];

export function AppHeader({ route }: { route: Route }) {
  return (
    <header className="app-header">
      <a href="/" className="brand" aria-label="Healthcare AI Roadmap Tracker, home">
        <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <rect width="32" height="32" rx="8" className="brand__bg" />
          <path d="M8 16.5l5 5L24 10" fill="none" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="brand__text">Roadmap Tracker</span>
      </a>
      <nav aria-label="Main">
        <ul className="nav">
          {LINKS.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="nav__link" aria-current={link.matches.includes(route.name) ? 'page' : undefined}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
