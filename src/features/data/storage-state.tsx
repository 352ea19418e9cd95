import { useStorageStatus } from '../../hooks/use-storage-status';
import { formatBytes } from '../../domain/format';
import { describeDataProtection, isInstalled, isIosSafariTab } from '../../domain/home-screen';
import { useBrowserEnvironment } from '../../hooks/use-browser-environment';

/** How safe the data is in this browser, next to the export. `refreshKey` re-reads it after changes. */
export function StorageState({ refreshKey }: { refreshKey: unknown }) {
  const status = useStorageStatus(refreshKey);
  const environment = useBrowserEnvironment();
  if (!status) return null;
  const protection = describeDataProtection({
    isPersisted: status.isPersisted,
    isInstalled: isInstalled(environment),
    isIosSafariTab: isIosSafariTab(environment),
  });
  const { usageBytes, quotaBytes } = status;
  return (
    <dl className="data-facts">
      <div>
        <dt>Storage</dt>
        <dd>{protection.text}</dd>
      </div>
      {usageBytes !== null && (
        <div>
          <dt>Space used</dt>
          <dd>
            {formatBytes(usageBytes)}
            {quotaBytes !== null && ` of ${formatBytes(quotaBytes)} available to the app`}
          </dd>
        </div>
      )}
    </dl>
  );
}
