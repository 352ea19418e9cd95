import { useEffect, useState } from 'react';
import { readStorageStatus, type StorageStatus } from '../db/storage-status';

/** The browser's storage guarantees (persisted or best-effort, space used); re-read when `refreshKey` changes. Null while reading. */
export function useStorageStatus(refreshKey: unknown): StorageStatus | null {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void readStorageStatus().then((next) => {
      if (isCurrent) setStatus(next);
    });
    return () => {
      isCurrent = false;
    };
    // refreshKey is the caller's way to ask for a fresh reading (after an export, a toast…).
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [refreshKey]);
  return status;
}
