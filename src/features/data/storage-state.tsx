import { useStorageStatus } from '../../hooks/use-storage-status';
import { formatBytes } from '../../domain/format';

function describePersistence(isPersisted: boolean | null): string {
  if (isPersisted === null) return 'This browser does not say whether it keeps the data under storage pressure.';
  return isPersisted
    ? 'Persistent: the browser has agreed not to clear it to free space.'
    : 'Best-effort: the browser may clear it when space runs low, so keep a backup file.';
}

/** How safe the data is in this browser, next to the export. `refreshKey` re-reads it after changes. */
export function StorageState({ refreshKey }: { refreshKey: unknown }) {
  const status = useStorageStatus(refreshKey);
  if (!status) return null;
  const { usageBytes, quotaBytes } = status;
  return (
    <dl className="data-facts">
      <div>
        <dt>Storage</dt>
        <dd>{describePersistence(status.isPersisted)}</dd>
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
