import { useSyncExternalStore } from 'react';
import { hasUnsavedWorkHere } from '../pwa/unsaved-work';

/** The app's views; each has its own URL so it can be bookmarked and reloaded (offline too). */
export type Route =
  | { name: 'dashboard' }
  | { name: 'phase'; phaseId: string }
  | { name: 'role' }
  | { name: 'plan' }
  | { name: 'log' }
  | { name: 'practice' }
  | { name: 'data' }
  | { name: 'search' }
  | { name: 'roadmaps' }
  | { name: 'report' }
  | { name: 'sync' }
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
  if (path === '/search') return { name: 'search' };
  if (path === '/roadmaps') return { name: 'roadmaps' };
  if (path === '/report') return { name: 'report' };
  if (path === '/sync') return { name: 'sync' };
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

/** Goes to a same-origin path (with its query and #fragment) without a page load. */
export function navigate(href: string): void {
  const { pathname, search, hash } = window.location;
  if (href === pathname + search + hash) return;
  window.history.pushState(null, '', href);
  listeners.forEach((listener) => listener());
  const target = new URL(href, window.location.href).hash.slice(1);
  if (!target) {
    window.scrollTo(0, 0);
    return;
  }
  // The target renders after the route's data loads; look for it for up to two seconds.
  let tries = 0;
  const reveal = () => {
    const element = document.getElementById(decodeURIComponent(target));
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.querySelector<HTMLElement>('input, button, a')?.focus({ preventScroll: true });
    } else if (tries++ < 40) window.setTimeout(reveal, 50);
  };
  window.setTimeout(reveal, 0);
}

/** The current path; '/' when prerendering at build time (there is no address then). */
export function usePathname(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

/** Lets ordinary <a href="/…"> links navigate without a full page load. */
export function interceptLinkClicks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target === '_blank' || anchor.hasAttribute('download')) return;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  // A half-written note or form would vanish with the view: ask first, as closing the tab does.
  if (hasUnsavedWorkHere() && !window.confirm('You have text that is not saved yet. Leave this page and discard it?')) return;
  navigate(url.pathname + url.search + url.hash);
}
