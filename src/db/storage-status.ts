/** The browser's storage guarantees for this app, as the UI reports them. */
export interface StorageStatus {
  /** null when the browser has no StorageManager (e.g. older Safari). */
  isPersisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const manager = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!manager) return { isPersisted: null, usageBytes: null, quotaBytes: null };
  const [isPersisted, estimate] = await Promise.all([
    manager.persisted ? manager.persisted().catch(() => null) : Promise.resolve(null),
    manager.estimate ? manager.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { isPersisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

let request: Promise<boolean | null> | null = null;

/**
 * Asks the browser to keep our data under storage pressure. Asked once per session, after the
 * first real save, which is when browsers are most willing to grant it.
 */
export function requestPersistentStorage(): Promise<boolean | null> {
  const manager = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!manager?.persist) return Promise.resolve(null);
  request ??= (async () => {
    try {
      return (await manager.persisted?.()) || (await manager.persist());
    } catch {
      return false;
    }
  })();
  return request;
}
