import type { StorageStatus } from '../db/storage-status';
import { useStorageStatus } from '../hooks/use-storage-status';
import { useUiStore } from '../store/ui-store';
import { useSyncStatus } from '../hooks/use-sync-status';

function describe(status: StorageStatus | null): string {
  if (!status || status.isPersisted === null) return 'Progress is saved in this browser on this device.';
  return status.isPersisted
    ? 'Progress is saved on this device, and the browser has agreed to keep it (persistent storage).'
    : 'Progress is saved on this device as best-effort storage: the browser may clear it if space runs low. Export backups now and then.';
}

export function StorageFooter() {
  const toastCount = useUiStore((state) => state.toasts.length);
  const status = useStorageStatus(toastCount);
  const isSyncing = (useSyncStatus()?.config ?? null) !== null;
  return (
    <footer className="app-footer">
      <p data-testid="storage-status">{describe(status)}</p>
      <p className="muted">
        {isSyncing
          ? 'Works offline. Your data leaves this device only encrypted, to the sync storage you chose.'
          : 'Works offline. Nothing leaves this device.'}
      </p>
    </footer>
  );
}
