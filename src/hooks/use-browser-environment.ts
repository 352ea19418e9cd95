import { useEffect, useState } from 'react';
import type { BrowserEnvironment } from '../domain/home-screen';

const STANDALONE_QUERY =
  '(display-mode: standalone), (display-mode: fullscreen), (display-mode: minimal-ui), (display-mode: window-controls-overlay)';

/** What the browser says about itself, for the Home Screen hint and the storage status. */
export function readBrowserEnvironment(): BrowserEnvironment {
  const nav = navigator as Navigator & { standalone?: boolean };
  return {
    userAgent: nav.userAgent,
    maxTouchPoints: nav.maxTouchPoints ?? 0,
    isNavigatorStandalone: nav.standalone === true,
    isDisplayModeStandalone: typeof window.matchMedia === 'function' && window.matchMedia(STANDALONE_QUERY).matches,
  };
}

/** The browser environment, read again when the display mode changes (the app was installed and opened). */
export function useBrowserEnvironment(): BrowserEnvironment {
  const [environment, setEnvironment] = useState(readBrowserEnvironment);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(STANDALONE_QUERY);
    const refresh = () => setEnvironment(readBrowserEnvironment());
    query.addEventListener('change', refresh);
    return () => query.removeEventListener('change', refresh);
  }, []);
  return environment;
}
