/**
 * One sync of this device: list the vault folder, read the device files that changed since last
 * time, check every record, merge them into IndexedDB in one transaction (sync-repo.applyIncoming),
 * then upload this device's own file: its whole merged view, tombstones included, compressed and
 * encrypted. Nothing here deletes local data: an empty, foreign or unreachable folder stops the
 * sync before the merge, and a merge only ever adds versions (deletions travel as tombstones).
 *
 * Cut off at any point, a sync is harmless: before the merge nothing was written; the merge is one
 * transaction; an upload that did not happen is retried by the next sync (the data is unchanged,
 * so it is simply due again), and one that happened without our knowing carries a write token we
 * remembered before sending it.
 *
 * Split into pull and push so that tests can pause one device between the two while another runs.
 */
import { canonicalJson, type BackupData } from '../domain/backup/backup-format';
import { encodeHlc } from '../domain/hlc';
import { checkIncomingTables } from '../domain/sync/incoming';
import type { IncomingDevice, ListedDevice } from '../domain/sync/sync-plan';
import type { SyncLogEntry } from '../domain/sync/sync-state';
import { APP_VERSION } from '../db/app-version';
import { DEVICE_SETTINGS } from '../db/backup-repo';
import { readClock } from '../db/clock';
import {
  applyIncoming,
  endSyncRun,
  markRemovedHere,
  markSyncStarted,
  readOutgoingData,
  readSyncSetup,
  recordOwnFile,
  recordSyncFailure,
  recordSyncSuccess,
  recordVaultEtag,
  rememberWriteToken,
  takeNewDeviceId,
  type SyncSetup,
} from '../db/sync-repo';
import { toBase64, utf8 } from './bytes';
import { TamperedFileError } from './crypto';
import {
  DEVICE_FILE_FORMAT_VERSION,
  DeviceFileError,
  listDeviceFiles,
  readDeviceFile,
  writeDeviceFile,
  type DeviceFileInfo,
  type DevicePayload,
} from './device-file';
import { isRemoteError, strongEtag, type RemoteStore } from './remote-store';
import { classifySyncError, SyncStoppedError, VAULT_MISSING_MESSAGE, VAULT_REPLACED_MESSAGE } from './sync-errors';
import type { Vault } from './vault';
import { createWebDavStore } from './webdav-store';

/** Larger device files are not downloaded (the data of one device stays far below this). */
export const MAX_DEVICE_FILE_BYTES = 64 * 1024 * 1024;
/** An unchanged view is uploaded again after this long, so other devices see "last synced" move. */
export const OWN_FILE_REFRESH_MS = 6 * 60 * 60 * 1000;

export type SyncRunResult =
  | { status: 'not-configured' }
  | {
      status: 'synced';
      log: SyncLogEntry[];
      changedRecords: number;
      restorePointId: number | null;
      clocksAhead: string[];
      hasUploaded: boolean;
    }
  | { status: 'failed'; kind: string; message: string }
  | { status: 'removed'; message: string }
  /** Sync was stopped or set up again in another tab meanwhile; nothing was done. */
  | { status: 'stale' };

export interface SyncContext {
  setup: SyncSetup;
  store: RemoteStore;
  vault: Vault;
}

export interface SyncRunOptions {
  now?: () => number;
  /** Per request (tests shorten it). */
  timeoutMs?: number;
}

/** The file's version: the strong ETag, else last-modified and size, else null (read it every time). */
export function versionOf(entry: Pick<DeviceFileInfo, 'etag' | 'lastModified' | 'size'>): string | null {
  if (entry.etag) return strongEtag(entry.etag);
  if (entry.lastModified !== null && entry.size !== null) return `${entry.lastModified}:${entry.size}`;
  return null;
}

export async function openSyncContext(options: SyncRunOptions = {}): Promise<SyncContext | null> {
  const setup = await readSyncSetup();
  if (!setup) return null;
  const { config, vault } = setup;
  const store = createWebDavStore({ url: config.url, user: config.user, password: config.password, timeoutMs: options.timeoutMs });
  return {
    setup,
    store,
    vault: { folder: config.folder, vaultId: vault.vaultId, envelope: vault.envelope, etag: vault.etag, key: vault.key },
  };
}

const isDeviceSetting = (key: string): boolean => DEVICE_SETTINGS.has(key);

async function readIncoming(context: SyncContext, file: DeviceFileInfo): Promise<IncomingDevice | { problem: string } | null> {
  if (file.size !== null && file.size > MAX_DEVICE_FILE_BYTES) return { problem: 'Its sync file is too large to read on this device.' };
  try {
    const { payload, etag } = await readDeviceFile(context.store, context.vault, file.deviceId);
    const checked = checkIncomingTables(payload.tables, { isDeviceSetting });
    return {
      deviceId: file.deviceId,
      deviceName: payload.deviceName,
      writtenAt: payload.writtenAt,
      clock: payload.clock,
      data: checked.data,
      rejected: checked.rejected,
      version: versionOf(file) ?? (etag ? strongEtag(etag) : null),
      removedDevices: payload.removedDevices ?? [],
    };
  } catch (error) {
    if (error instanceof TamperedFileError || error instanceof DeviceFileError) return { problem: error.message };
    // Gone between the listing and the read (removed meanwhile): nothing to merge from it.
    if (isRemoteError(error, 'not-found')) return null;
    throw error;
  }
}

export type PullResult =
  | {
      status: 'pulled';
      deviceId: string;
      isOwnFileListed: boolean;
      removedFiles: string[];
      applied: Extract<Awaited<ReturnType<typeof applyIncoming>>, { status: 'applied' }>;
    }
  | { status: 'removed'; message: string }
  | { status: 'stale' };

/** Lists, reads what changed, merges in one transaction. Throws RemoteError, SyncStoppedError, StorageError. */
export async function pullChanges(context: SyncContext, now: number): Promise<PullResult> {
  const { setup, store, vault } = context;
  const listing = await listDeviceFiles(store, vault);
  if (listing.status === 'no-vault') throw new SyncStoppedError('vault-missing', VAULT_MISSING_MESSAGE);
  if (listing.status === 'vault-replaced') throw new SyncStoppedError('vault-replaced', VAULT_REPLACED_MESSAGE);
  if (listing.vaultEtag !== vault.etag) await recordVaultEtag(listing.vaultEtag);

  const me = setup.deviceId;
  const removedIds = new Set(setup.removed.map((entry) => entry.deviceId));
  const own = listing.devices.find((file) => file.deviceId === me);
  const others = listing.devices.filter((file) => file.deviceId !== me && !removedIds.has(file.deviceId));
  const changed = others.filter((file) => {
    const version = versionOf(file);
    return version === null || setup.peers[file.deviceId]?.version !== version;
  });
  // Our own file is read when it is not the version we last checked: a write token we never
  // remembered means a second install (a copied browser profile) writes under our id.
  const isOwnToCheck = own !== undefined && (versionOf(own) === null || versionOf(own) !== setup.own?.verifiedVersion);
  const [reads, ownCheck] = await Promise.all([
    Promise.all(changed.map((file) => readIncoming(context, file))),
    isOwnToCheck && own ? readOwnToken(context, own) : Promise.resolve(null),
  ]);
  const incoming: IncomingDevice[] = [];
  const problems: Record<string, string> = {};
  reads.forEach((read, index) => {
    const file = changed[index];
    if (!file || read === null) return;
    if ('problem' in read) problems[file.deviceId] = read.problem;
    else incoming.push(read);
  });
  const isDuplicate = ownCheck?.kind === 'other';
  if (ownCheck?.kind === 'other') incoming.push(ownCheck.device);

  const removedAll = new Map(setup.removed.map((entry) => [entry.deviceId, entry]));
  for (const device of incoming) for (const entry of device.removedDevices) removedAll.set(entry.deviceId, entry);
  const removal = removedAll.get(me);
  if (removal && !isDuplicate) {
    const message = `${removal.removedBy} took this device out of sync. Everything on this device is kept. To sync it again, set up sync again.`;
    await markRemovedHere(message, now);
    return { status: 'removed', message };
  }

  const listed: ListedDevice[] = [...others, ...(isDuplicate && own ? [own] : [])]
    .filter((file) => !removedAll.has(file.deviceId) || file.deviceId === me)
    .map((file) => ({ deviceId: file.deviceId, version: versionOf(file) }));
  const applied = await applyIncoming(
    {
      vaultId: vault.vaultId,
      incoming: incoming.filter((device) => !removedAll.has(device.deviceId) || device.deviceId === me),
      listed,
      problems,
    },
    now,
  );
  if (applied.status === 'stale') return { status: 'stale' };
  let deviceId = me;
  if (isDuplicate) deviceId = await takeNewDeviceId();
  else if (ownCheck?.kind === 'mine' && own && setup.own) await recordOwnFile({ ...setup.own, verifiedVersion: versionOf(own) });
  const removedFiles = listing.devices.filter((file) => file.deviceId !== me && removedAll.has(file.deviceId)).map((file) => file.path);
  return { status: 'pulled', deviceId, isOwnFileListed: own !== undefined && !isDuplicate, removedFiles, applied };
}

type OwnCheck = { kind: 'mine' } | { kind: 'other'; device: IncomingDevice } | { kind: 'unreadable' };

async function readOwnToken(context: SyncContext, own: DeviceFileInfo): Promise<OwnCheck> {
  let payload: DevicePayload;
  let etag: string | null;
  try {
    ({ payload, etag } = await readDeviceFile(context.store, context.vault, own.deviceId));
  } catch (error) {
    if (error instanceof TamperedFileError || error instanceof DeviceFileError || isRemoteError(error, 'not-found'))
      return { kind: 'unreadable' };
    throw error;
  }
  if (payload.writeToken !== undefined && context.setup.tokens.includes(payload.writeToken)) return { kind: 'mine' };
  const checked = checkIncomingTables(payload.tables, { isDeviceSetting });
  return {
    kind: 'other',
    device: {
      deviceId: own.deviceId,
      deviceName: payload.deviceName,
      writtenAt: payload.writtenAt,
      clock: payload.clock,
      data: checked.data,
      rejected: checked.rejected,
      version: versionOf(own) ?? (etag ? strongEtag(etag) : null),
      removedDevices: payload.removedDevices ?? [],
    },
  };
}

async function digestOf(value: unknown): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', utf8(canonicalJson(value)));
  return toBase64(new Uint8Array(hash));
}

const randomToken = (): string => toBase64(crypto.getRandomValues(new Uint8Array(12)));

/** Uploads this device's merged view when it changed (or is missing, or stale). Returns whether it did. */
export async function pushOwnFile(context: SyncContext, pulled: Extract<PullResult, { status: 'pulled' }>, now: number): Promise<boolean> {
  const setup = (await readSyncSetup()) ?? context.setup;
  const { deviceId } = pulled;
  const data: BackupData = await readOutgoingData();
  const shared = { deviceName: setup.config.deviceName, removedDevices: setup.removed, tables: data };
  const digest = await digestOf(shared);
  const own = setup.own;
  const isDue =
    !pulled.isOwnFileListed ||
    own === null ||
    own.deviceId !== deviceId ||
    own.digest !== digest ||
    own.writtenAt === null ||
    now - own.writtenAt > OWN_FILE_REFRESH_MS;
  if (isDue) {
    const token = randomToken();
    await rememberWriteToken(token);
    const clock = await readClock();
    const payload: DevicePayload & { appVersion: string } = {
      formatVersion: DEVICE_FILE_FORMAT_VERSION,
      deviceId,
      deviceName: setup.config.deviceName,
      writtenAt: now,
      clock: encodeHlc(clock ? { ...clock, node: deviceId } : { wall: now, counter: 0, node: deviceId }),
      tables: data as unknown as Record<string, unknown[]>,
      writeToken: token,
      removedDevices: setup.removed,
      appVersion: APP_VERSION,
    };
    const etag = await writeDeviceFile(context.store, context.vault, deviceId, payload);
    await recordOwnFile({ deviceId, digest, writtenAt: now, verifiedVersion: etag ? strongEtag(etag) : null });
  }
  // Files of devices taken out of sync: best effort, a later sync tries again.
  await Promise.all(pulled.removedFiles.map((path) => context.store.delete(path).catch(() => undefined)));
  return isDue;
}

/** A whole sync. Never rejects: a failure is recorded for the status line and returned. */
export async function runSync(options: SyncRunOptions = {}): Promise<SyncRunResult> {
  const now = options.now ?? Date.now;
  let context: SyncContext | null;
  try {
    context = await openSyncContext(options);
  } catch (error) {
    return { status: 'failed', ...classifySyncError(error) };
  }
  if (!context) return { status: 'not-configured' };
  try {
    await markSyncStarted(now());
    const pulled = await pullChanges(context, now());
    if (pulled.status === 'stale') await endSyncRun();
    if (pulled.status !== 'pulled') return pulled;
    const hasUploaded = await pushOwnFile(context, pulled, now());
    await recordSyncSuccess(now());
    const { log, changedRecords, restorePointId, clocksAhead } = pulled.applied;
    return { status: 'synced', log, changedRecords, restorePointId, clocksAhead, hasUploaded };
  } catch (error) {
    const failure = classifySyncError(error);
    await recordSyncFailure(failure.kind, failure.message, now()).catch(() => undefined);
    return { status: 'failed', ...failure };
  }
}
