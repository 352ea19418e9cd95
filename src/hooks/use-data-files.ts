/**
 * Reading the whole data set for files: the backup export, the CSV report and the preview of an
 * import. These only read (so they work while saving fails); writes go through commands. The
 * backup code loads when first used.
 */
import type { BackupFile } from '../domain/backup/backup-format';
import type { ImportPreview } from '../db/backup-repo';
import type { AttentionRecord } from '../domain/records';
import type { SnapshotSummary } from '../db/snapshot-repo';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

export async function buildBackupText(now: number): Promise<{ file: BackupFile; text: string }> {
  const { exportBackup } = await import('../db/backup-repo');
  return exportBackup(now);
}

export async function readEverything() {
  const { readAllData } = await import('../db/backup-repo');
  return readAllData();
}

export async function previewBackupImport(file: BackupFile, now: number): Promise<ImportPreview> {
  const { previewImport } = await import('../db/backup-repo');
  return previewImport(file, now);
}

/** A lazily loaded module; undefined until it has loaded (the live query inside may await only Dexie). */
function useModule<T>(load: () => Promise<T>): T | undefined {
  const [module, setModule] = useState<T | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void load().then((loaded) => isCurrent && setModule(() => loaded));
    return () => {
      isCurrent = false;
    };
  }, [load]);
  return module;
}

const loadSnapshotRepo = () => import('../db/snapshot-repo');
const loadAttentionRepo = () => import('../db/attention-repo');

/** Restore points, newest first, without their data. */
export function useSnapshots(): SnapshotSummary[] | undefined {
  const repo = useModule(loadSnapshotRepo);
  return useLiveQuery(() => repo?.listSnapshots(), [repo]);
}

/** Records set aside because they no longer pass their schema. */
export function useAttentionRecords(): AttentionRecord[] | undefined {
  const repo = useModule(loadAttentionRepo);
  return useLiveQuery(() => repo?.listAttention(), [repo]);
}
