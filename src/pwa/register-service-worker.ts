import { registerSW } from 'virtual:pwa-register';
import { setOfflineReady, setUpdateWaiting } from '../store/ui-store';

let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;

/**
 * Registers the Workbox service worker. A new version never takes over by itself: the user is
 * offered "Reload to update" and decides when.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => setUpdateWaiting(true),
    onOfflineReady: () => setOfflineReady(true),
  });
}

/** Activates the waiting service worker and reloads the page once it controls it. */
export async function reloadToUpdate(): Promise<void> {
  if (applyUpdate) await applyUpdate(true);
  else window.location.reload();
}
