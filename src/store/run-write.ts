import { setStorageHealth, showToast, type StorageHealth } from './ui-store';

interface KindedError {
  kind?: unknown;
  name?: unknown;
  message?: unknown;
}

const SERIOUS_KINDS = new Set(['unavailable', 'quota', 'version-change', 'blocked']);

/**
 * Runs a write and reports the outcome. On failure the user sees the plain reason and the
 * result is `false`, so callers never show an unsaved change as saved.
 */
export async function runWrite(operation: () => Promise<unknown>, successMessage?: string): Promise<boolean> {
  try {
    await operation();
    if (successMessage) showToast(successMessage, 'success');
    return true;
  } catch (error) {
    const { kind, message } = (error ?? {}) as KindedError;
    const text = typeof message === 'string' && message ? message : 'The change could not be saved.';
    if (typeof kind === 'string' && SERIOUS_KINDS.has(kind)) {
      setStorageHealth({ state: kind, message: text } as StorageHealth);
    }
    showToast(text.startsWith('Not saved') ? text : `Not saved: ${text}`, 'error');
    return false;
  }
}
