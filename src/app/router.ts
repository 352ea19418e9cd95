import { useSyncExternalStore } from 'react';

/** The app's views; each has its own URL so it can be bookmarked and reloaded (offline too). */
export type Route =
  | { name: 'dashboard' }
  | { name: 'phase'; phaseId: string }
  | { name: 'role' }
  | { name: 'plan' }
  | { name: 'log' }
  | { name: 'practice' }
  | { name: 'data' }
  | { name: 'not-found'; path: string };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'dashboard' };
  const phase = /^\/phase\/([a-z0-9-]+)$/.exec(path);
  if (phase?.[1]) return { name: 'phase', phaseId: phase[1] };
  if (path === '/role') return { name: 'role' };
  if (path === '/plan') return { name: 'plan' };
  if (path === '/log') return { name: 'log' };
  if (path === '/practice') return { name: 'practice' };
  if (path === '/data') return { name: 'data' };
  return { name: 'not-found', path };
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(href: string): void {
  if (href === window.location.pathname) return;
  window.history.pushState(null, '', href);
  listeners.forEach((listener) => listener());
  window.scrollTo(0, 0);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Lets ordinary <a href="/…"> links navigate without a full page load. */
export function interceptLinkClicks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target === '_blank' || anchor.hasAttribute('download')) return;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(url.pathname);
}
