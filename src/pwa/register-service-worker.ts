import { registerSW } from 'virtual:pwa-register';
import { setOfflineReady, setUpdateWaiting, showToast } from '../store/ui-store';
import { answerUnsavedWorkQuestions, findUpdateBlock, hasUnsavedWorkHere } from './unsaved-work';

let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;

/**
 * Registers the Workbox service worker. A new version never takes over by itself: the user is
 * offered "Reload to update" and decides when.
 */
export function registerServiceWorker(): void {
  answerUnsavedWorkQuestions();
  // Closing or reloading the tab with a half-written note asks first.
  window.addEventListener('beforeunload', (event) => {
    if (hasUnsavedWorkHere()) event.preventDefault();
  });
  if (!('serviceWorker' in navigator)) return;
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => setUpdateWaiting(true),
    onOfflineReady: () => setOfflineReady(true),
  });
}

/**
 * Activates the waiting service worker and reloads once it controls the page, unless this or
 * another open tab holds unsaved text: the new version reloads every tab, so it waits.
 */
export async function reloadToUpdate(): Promise<boolean> {
  const block = await findUpdateBlock();
  if (block) {
    showToast(
      block === 'this-tab'
        ? 'Save or cancel the note you are editing first; the update reloads the page.'
        : 'Another tab of this app has unsaved text. Save it there first; the update reloads every tab.',
      'error',
    );
    return false;
  }
  if (!applyUpdate) {
    window.location.reload();
    return true;
  }
  // workbox-window reloads only for what it sees as its own update; an update found soon after
  // registration counts as "external" and would not reload. Reload on the controller change ourselves.
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  await applyUpdate(true);
  return true;
}
