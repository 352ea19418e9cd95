import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { readPrerenderedView, startFirstViewReads } from './app/first-view';
import { openDatabase } from './db/open-database';
import { runCommand } from './db/commands';
import { wasUpgradedThisSession } from './db/database';
import { registerServiceWorker } from './pwa/register-service-worker';
import { setStorageHealth } from './store/ui-store';
import './app/styles.css';

/**
 * When the browser is idle, so it never delays the first view: set aside any stored record that no
 * longer passes its schema (with the full checks, imported roadmaps included), then take the day's
 * restore point. Both are commands like every other write.
 */
function whenIdle(): void {
  void runCommand('attention.scan', {})
    .catch(() => undefined)
    .then(() => runCommand('snapshot.takeDaily', {}))
    .catch(() => undefined);
}

void openDatabase({
  onVersionChange: () =>
    setStorageHealth({
      state: 'version-change',
      message: 'A newer version of the app was opened in another tab. Reload this tab to keep working.',
    }),
  onBlocked: () =>
    setStorageHealth({
      state: 'blocked',
      message: 'An older copy of the app is open in another tab and blocks an update. Close it, then reload.',
    }),
}).then((failure) => {
  if (failure) {
    setStorageHealth({ state: failure.kind, message: failure.message });
    return;
  }
  // Just upgraded from an older version: set aside what it let in before anything relies on it.
  if (wasUpgradedThisSession()) whenIdle();
  else if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(whenIdle, { timeout: 10_000 });
  else setTimeout(whenIdle, 3_000);
});

registerServiceWorker();
startFirstViewReads();

const container = document.getElementById('root');
if (container) {
  // The production build prerenders the first view into the HTML (scripts/prerender-plugin.ts):
  // hydrate it. The dev server serves an empty root: render from scratch.
  const prerendered = readPrerenderedView(container);
  const app = (
    <StrictMode>
      <App prerendered={prerendered} />
    </StrictMode>
  );
  if (prerendered) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
