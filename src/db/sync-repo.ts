/**
 * This device's sync state and the one transaction that brings other devices' data in.
 *
 * State lives in the device-local `syncState` table, one row per concern (config, vault, peers,
 * own file, removed devices, status, log, write tokens). Like the `device` table it is never
 * exported, never in a restore point, never in a sync file; so neither the credentials nor the
 * device id can travel into another install by a backup.
 *
 * applyIncoming is the merge: it reads the local tables, plans the merge with the checked remote
 * data (domain/sync/sync-plan.ts, pure and synchronous), stores a restore point before the first
 * merge from a vault, writes the changes, advances the clock and records what it saw of each
 * device, all in ONE 'rw' transaction. If anything fails (a full disk, a closed tab) IndexedDB
 * aborts the lot: the next sync starts from where this one began.
 *
 * The status rows are read by the app's header on every view, so this module stays small: the
 * merge and the backup code it needs load when a sync runs.
 */
import { Dexie } from 'dexie';
import { db, DATABASE_NAME } from './database';
import { createDeviceId, CLOCK_KEY, DEVICE_ID_KEY } from './clock';
import { resetDataEstimate } from './data-budget';
import { guardStorage } from './storage-errors';
import { BACKUP_TABLES, countRecords, type BackupData } from '../domain/backup/backup-format';
import { decodeHlc, encodeHlc } from '../domain/hlc';
import type { IncomingDevice, ListedDevice } from '../domain/sync/sync-plan';
import {
  EMPTY_SYNC_STATUS,
  SYNC_STATE_KEYS,
  MAX_LOG_ENTRIES,
  MAX_WRITE_TOKENS,
  type OwnFileState,
  type PeerState,
  type RemovedDevice,
  type StoredVault,
  type SyncConfig,
  type SyncLogEntry,
  type SyncStatusState,
} from '../domain/sync/sync-state';
import type { SyncConfigureInput } from '../domain/sync/sync-settings';
import { InvalidInputError } from '../domain/errors';

export type { IncomingDevice, ListedDevice };

const KEY = SYNC_STATE_KEYS;

interface Rows {
  config: SyncConfig;
  vault: StoredVault;
  peers: Record<string, PeerState>;
  own: OwnFileState;
  removed: RemovedDevice[];
  status: SyncStatusState;
  log: SyncLogEntry[];
  tokens: string[];
}

type RowName = keyof Rows;

async function readRow<N extends RowName>(name: N): Promise<Rows[N] | undefined> {
  return (await db.syncState.get(KEY[name]))?.value as Rows[N] | undefined;
}

const writeRow = async <N extends RowName>(name: N, value: Rows[N]): Promise<void> => {
  await db.syncState.put({ key: KEY[name], value });
};

const EMPTY_STATUS = EMPTY_SYNC_STATUS;

/** Everything a sync run needs, read together; null when sync is not set up on this device. */
export interface SyncSetup {
  deviceId: string;
  config: SyncConfig;
  vault: StoredVault;
  peers: Record<string, PeerState>;
  own: OwnFileState | null;
  removed: RemovedDevice[];
  tokens: string[];
}

async function readDeviceIdIn(): Promise<string> {
  const row = await db.device.get(DEVICE_ID_KEY);
  if (typeof row?.value === 'string') return row.value;
  const id = createDeviceId();
  await db.device.put({ key: DEVICE_ID_KEY, value: id });
  return id;
}

export function readSyncSetup(): Promise<SyncSetup | null> {
  return guardStorage(() =>
    db.transaction('rw', [db.syncState, db.device], async () => {
      const [config, vault] = await Promise.all([readRow('config'), readRow('vault')]);
      if (!config || !vault || config.vaultId !== vault.vaultId) return null;
      const [deviceId, peers, own, removed, tokens] = await Promise.all([
        readDeviceIdIn(),
        readRow('peers'),
        readRow('own'),
        readRow('removed'),
        readRow('tokens'),
      ]);
      return { deviceId, config, vault, peers: peers ?? {}, own: own ?? null, removed: removed ?? [], tokens: tokens ?? [] };
    }),
  );
}

/** The status rows the UI shows (every tab reads them live). */
export async function readSyncOverview() {
  const rows = await db.syncState.bulkGet([KEY.config, KEY.status, KEY.peers, KEY.log, KEY.removed, KEY.own]);
  const [config, status, peers, log, removed, own] = rows.map((row) => row?.value);
  const deviceId = (await db.device.get(DEVICE_ID_KEY))?.value;
  return {
    config: (config as SyncConfig | undefined) ?? null,
    status: (status as SyncStatusState | undefined) ?? EMPTY_STATUS,
    peers: (peers as Record<string, PeerState> | undefined) ?? {},
    log: (log as SyncLogEntry[] | undefined) ?? [],
    removed: (removed as RemovedDevice[] | undefined) ?? [],
    own: (own as OwnFileState | undefined) ?? null,
    deviceId: typeof deviceId === 'string' ? deviceId : null,
  };
}

export type SyncOverview = Awaited<ReturnType<typeof readSyncOverview>>;

/**
 * Stores a new set-up (the command `sync.configure`). What this device knew of another vault is
 * forgotten. A device that was removed from a sync starts again under a new id, so the removal
 * (which every device keeps) cannot catch it again.
 */
export function configureSync(input: SyncConfigureInput, now: number): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', [db.syncState, db.device], async () => {
      const [status, previous] = await Promise.all([readRow('status'), readRow('config')]);
      const wasRemoved = status?.failure?.kind === 'removed';
      if (wasRemoved) await replaceDeviceIdIn();
      const { vault, ...rest } = input;
      const isSameVault = previous?.vaultId === vault.vaultId;
      await writeRow('config', {
        url: rest.url,
        user: rest.user,
        password: rest.password,
        folder: rest.folder,
        deviceName: rest.deviceName,
        vaultId: vault.vaultId,
        configuredAt: now,
        mergedVaultId: isSameVault && !wasRemoved ? (previous?.mergedVaultId ?? null) : null,
      });
      await writeRow('vault', vault);
      await writeRow('status', EMPTY_STATUS);
      if (!isSameVault || wasRemoved) {
        await db.syncState.bulkDelete([KEY.peers, KEY.own, KEY.removed, KEY.log]);
      }
    }),
  );
}

/** "Stop syncing on this device": forgets the server, the credentials and the key. Data stays. */
export function stopSync(): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', [db.syncState], async () => {
      const status = await readRow('status');
      await db.syncState.bulkDelete([KEY.config, KEY.vault, KEY.peers, KEY.own, KEY.log]);
      // A removal is kept so the page can still say what happened; anything else is cleared.
      await writeRow('status', status?.failure?.kind === 'removed' ? status : EMPTY_STATUS);
    }),
  );
}

async function updateConfig(change: (config: SyncConfig) => SyncConfig): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', [db.syncState], async () => {
      const config = await readRow('config');
      if (!config) throw new SyncNotConfiguredError();
      await writeRow('config', change(config));
    }),
  );
}

export class SyncNotConfiguredError extends Error {
  override readonly name = 'SyncNotConfiguredError';
  constructor() {
    super('Sync is not set up on this device any more; it may have been stopped in another tab.');
  }
}

export const renameThisDevice = (deviceName: string): Promise<void> => updateConfig((config) => ({ ...config, deviceName }));

export const setSyncCredentials = (user: string, password: string): Promise<void> =>
  updateConfig((config) => ({ ...config, user, password }));

/** After a passphrase change: the same data key, wrapped anew. */
export function updateVaultEnvelope(update: Pick<StoredVault, 'vaultId' | 'envelope' | 'etag'>): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', [db.syncState], async () => {
      const vault = await readRow('vault');
      if (!vault || vault.vaultId !== update.vaultId) throw new SyncNotConfiguredError();
      await writeRow('vault', { ...vault, envelope: update.envelope, etag: update.etag });
    }),
  );
}

/** Takes a device out of sync: it is listed as removed in this device's file, its file is deleted. */
export function removeDevice(deviceId: string, now: number): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', [db.syncState, db.device], async () => {
      const [config, peers, removed] = await Promise.all([readRow('config'), readRow('peers'), readRow('removed')]);
      if (!config) throw new SyncNotConfiguredError();
      if (deviceId === (await readDeviceIdIn()))
        throw new InvalidInputError('To take this device out of sync, use “Stop syncing on this device”.');
      const list = removed ?? [];
      if (!list.some((entry) => entry.deviceId === deviceId)) {
        list.push({ deviceId, name: peers?.[deviceId]?.name ?? 'A device', removedAt: now, removedBy: config.deviceName });
      }
      const { [deviceId]: _gone, ...rest } = peers ?? {};
      await Promise.all([writeRow('removed', list), writeRow('peers', rest)]);
    }),
  );
}

async function updateStatus(change: (status: SyncStatusState) => SyncStatusState): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', [db.syncState], async () => writeRow('status', change((await readRow('status')) ?? EMPTY_STATUS))),
  );
}

export const markSyncStarted = (now: number): Promise<void> => updateStatus((status) => ({ ...status, runningSince: now }));

/** A run that ended without a result to record (sync was stopped or set up again meanwhile). */
export const endSyncRun = (): Promise<void> => updateStatus((status) => ({ ...status, runningSince: null }));

export const recordSyncSuccess = (now: number): Promise<void> =>
  updateStatus(() => ({ lastSuccessAt: now, runningSince: null, failure: null }));

export const recordSyncFailure = (kind: string, message: string, now: number): Promise<void> =>
  updateStatus((status) => ({ ...status, runningSince: null, failure: { kind, message, at: now } }));

/** This device was removed from the sync by another: stop here, keep the data and say why. */
export function markRemovedHere(message: string, now: number): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', [db.syncState], async () => {
      await db.syncState.bulkDelete([KEY.config, KEY.vault, KEY.peers, KEY.own]);
      const status = (await readRow('status')) ?? EMPTY_STATUS;
      await writeRow('status', { ...status, runningSince: null, failure: { kind: 'removed', message, at: now } });
    }),
  );
}

/** Remembered before an upload, so a file written by this install is never mistaken for another's. */
export function rememberWriteToken(token: string): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', [db.syncState], async () => {
      const tokens = (await readRow('tokens')) ?? [];
      await writeRow('tokens', [token, ...tokens.filter((known) => known !== token)].slice(0, MAX_WRITE_TOKENS));
    }),
  );
}

export const recordOwnFile = (own: OwnFileState): Promise<void> =>
  guardStorage(() => db.transaction('rw', [db.syncState], () => writeRow('own', own)));

export const recordVaultEtag = (etag: string | null): Promise<void> =>
  guardStorage(() =>
    db.transaction('rw', [db.syncState], async () => {
      const vault = await readRow('vault');
      if (vault && vault.etag !== etag) await writeRow('vault', { ...vault, etag });
    }),
  );

async function replaceDeviceIdIn(): Promise<string> {
  const id = createDeviceId();
  const clockRow = await db.device.get(CLOCK_KEY);
  const clock = typeof clockRow?.value === 'string' ? decodeHlc(clockRow.value) : null;
  await db.device.put({ key: DEVICE_ID_KEY, value: id });
  // Keep the clock's time and counter: stamps stay increasing under the new node.
  if (clock) await db.device.put({ key: CLOCK_KEY, value: encodeHlc({ ...clock, node: id }) });
  await db.syncState.bulkDelete([KEY.own, KEY.tokens]);
  return id;
}

/** Another install writes under this device's id (a copied browser profile): this one takes a new id. */
export const takeNewDeviceId = (): Promise<string> =>
  guardStorage(() => db.transaction('rw', [db.syncState, db.device], replaceDeviceIdIn));

/** What this device shares: its tables without its own device settings, read in one transaction. */
export async function readOutgoingData(): Promise<BackupData> {
  const { readTables } = await import('./backup-repo');
  return guardStorage(() =>
    db.transaction(
      'r',
      BACKUP_TABLES.map((table) => db.table(table)),
      readTables,
    ),
  );
}

export interface IncomingBatch {
  vaultId: string;
  incoming: readonly IncomingDevice[];
  listed: readonly ListedDevice[];
  problems: Readonly<Record<string, string>>;
}

export type ApplyResult =
  | { status: 'applied'; changedRecords: number; restorePointId: number | null; log: SyncLogEntry[]; clocksAhead: string[] }
  /** Sync was stopped or set up anew (another tab) while this one ran: nothing was written. */
  | { status: 'stale' };

/** The merge, in one transaction (see the header). */
export async function applyIncoming(batch: IncomingBatch, now: number): Promise<ApplyResult> {
  // Loaded before the transaction opens: inside it only IndexedDB may be awaited.
  const [{ carriedTables, readCarried, storeRestorePoint }, { planSync }] = await Promise.all([
    import('./backup-repo'),
    import('../domain/sync/sync-plan'),
  ]);
  const result = await guardStorage(() =>
    db.transaction('rw', [...carriedTables(), db.snapshots, db.device, db.syncState], async (): Promise<ApplyResult> => {
      const [config, peers, removed, log] = await Promise.all([readRow('config'), readRow('peers'), readRow('removed'), readRow('log')]);
      if (!config || config.vaultId !== batch.vaultId) return { status: 'stale' };
      const deviceId = await readDeviceIdIn();
      const clockRow = await db.device.get(CLOCK_KEY);
      const clock = (typeof clockRow?.value === 'string' ? decodeHlc(clockRow.value) : null) ?? { wall: 0, counter: 0, node: deviceId };
      const local = await readCarried();
      const plan = planSync({
        local: local.data,
        incoming: batch.incoming,
        listed: batch.listed,
        problems: batch.problems,
        peers: peers ?? {},
        removed: removed ?? [],
        clock: { ...clock, node: deviceId },
        now,
      });
      let restorePointId: number | null = null;
      if (plan.changedRecords > 0) {
        const hasLocalData = countRecords(local.data) > 0 || local.needsAttention.length > 0;
        if (config.mergedVaultId !== batch.vaultId && hasLocalData) {
          const point = await storeRestorePoint(local.data, 'before-sync', now, { isRequired: true }, local.needsAttention);
          if (point.status === 'stored') restorePointId = point.id;
        }
        await Promise.all(
          Object.entries(plan.changes).map(async ([table, change]) => {
            const store = db.table(table);
            if (change.remove.length > 0) await store.bulkDelete(change.remove);
            if (change.put.length > 0) await store.bulkPut(change.put);
          }),
        );
        if (config.mergedVaultId !== batch.vaultId) await writeRow('config', { ...config, mergedVaultId: batch.vaultId });
      }
      if (encodeHlc(plan.clock) !== encodeHlc(clock)) await db.device.put({ key: CLOCK_KEY, value: encodeHlc(plan.clock) });
      await writeRow('peers', plan.peers);
      await writeRow('removed', plan.removed);
      if (plan.log.length > 0) await writeRow('log', [...plan.log, ...(log ?? [])].slice(0, MAX_LOG_ENTRIES));
      return { status: 'applied', changedRecords: plan.changedRecords, restorePointId, log: plan.log, clocksAhead: plan.clocksAhead };
    }),
  );
  if (result.status === 'applied' && result.changedRecords > 0) resetDataEstimate();
  return result;
}

const CARRIED_PREFIXES = [...BACKUP_TABLES, 'attention'].map((table) => `idb://${DATABASE_NAME}/${table}/`);

/**
 * Calls `listener` after any committed write to the user's data, in this tab or another (Dexie
 * reports both). Sync's own bookkeeping (the syncState table) does not count. Returns the unsubscribe.
 */
export function onDataCommitted(listener: () => void): () => void {
  const handler = (parts: Record<string, unknown>): void => {
    if (Object.keys(parts).some((part) => CARRIED_PREFIXES.some((prefix) => part.startsWith(prefix)))) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
