import { describeDataProtection, isInstalled, isIosSafariTab } from '../domain/home-screen';
import { useBrowserEnvironment } from '../hooks/use-browser-environment';
import { useStorageStatus } from '../hooks/use-storage-status';
import { useUiStore } from '../store/ui-store';
import { useConfiguredVaultId } from '../hooks/use-sync-scheduler';

export function StorageFooter() {
  const toastCount = useUiStore((state) => state.toasts.length);
  const status = useStorageStatus(toastCount);
  const isSyncing = useConfiguredVaultId() !== null;
  const environment = useBrowserEnvironment();
  const protection = describeDataProtection({
    isPersisted: status?.isPersisted ?? null,
    isInstalled: isInstalled(environment),
    isIosSafariTab: isIosSafariTab(environment),
  });
  return (
    <footer className="app-footer">
      {/* Until the browser answers, say only what is certain. */}
      <p data-testid="storage-status">{status ? protection.text : 'Progress is saved in this browser on this device.'}</p>
      <p className="muted">
        {isSyncing
          ? 'Works offline. Your data leaves this device only encrypted, to the sync storage you chose.'
          : 'Works offline. Nothing leaves this device.'}
      </p>
    </footer>
  );
}
