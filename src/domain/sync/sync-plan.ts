/**
 * One sync's merge, planned on plain data: the local tables and the checked files of the devices
 * that changed go in; what to write, the new clock, what we now know of each device and the log
 * lines come out. src/db/sync-repo.ts runs it inside ONE IndexedDB transaction (read, plan, write),
 * so a sync either lands whole or not at all.
 *
 * Devices are merged one after another in device-id order; the merge is commutative and
 * associative, so the order changes only how the log attributes a change, never the result.
 */
import { BACKUP_TABLES, RECORD_IDENTITY, canonicalJson, type BackupData, type BackupTable } from '../backup/backup-format';
import type { Hlc } from '../hlc';
import { mergeReplicas, type ReplicaTables, type SyncRecord } from './merge';
import { checkRemoteClock, listStamps } from './remote-clock';
import { countIncoming, describeIncoming, hasNews } from './sync-log';
import type { PeerState, RemovedDevice, SyncLogEntry } from './sync-state';

/** A device file that was read, decrypted and checked (incoming.ts). */
export interface IncomingDevice {
  deviceId: string;
  deviceName: string;
  writtenAt: number;
  /** Its clock when it wrote the file. */
  clock: string;
  data: BackupData;
  rejected: number;
  /** The file version it was read at. */
  version: string | null;
  removedDevices: readonly RemovedDevice[];
}

export interface ListedDevice {
  deviceId: string;
  version: string | null;
}

export interface PlanInput {
  local: BackupData;
  incoming: readonly IncomingDevice[];
  /** Every other device's file in the folder (changed or not). */
  listed: readonly ListedDevice[];
  /** Files that could not be used (damaged, newer format), by device id, as sentences. */
  problems: Readonly<Record<string, string>>;
  peers: Readonly<Record<string, PeerState>>;
  removed: readonly RemovedDevice[];
  clock: Hlc;
  now: number;
}

export type TableChanges = Partial<Record<BackupTable, { put: unknown[]; remove: string[] }>>;

export interface SyncPlan {
  changes: TableChanges;
  /** Records written or removed. */
  changedRecords: number;
  clock: Hlc;
  peers: Record<string, PeerState>;
  removed: RemovedDevice[];
  /** New log lines, newest first. */
  log: SyncLogEntry[];
  /** Names of devices whose clock is more than a day ahead. */
  clocksAhead: string[];
}

const IDENTITY = RECORD_IDENTITY as unknown as Readonly<Record<string, (record: SyncRecord) => string>>;

/** What `before` must write and remove to become `after`, table by table. */
export function diffTables(before: BackupData, after: Readonly<Record<string, readonly unknown[]>>): TableChanges {
  const changes: TableChanges = {};
  for (const table of BACKUP_TABLES) {
    const identity = IDENTITY[table] as (record: unknown) => string;
    const old = new Map((before[table] as readonly unknown[]).map((record) => [identity(record), canonicalJson(record)]));
    const records = after[table] ?? [];
    const kept = new Set<string>();
    const put = records.filter((record) => {
      const id = identity(record);
      kept.add(id);
      return old.get(id) !== canonicalJson(record);
    });
    const remove = [...old.keys()].filter((id) => !kept.has(id));
    if (put.length > 0 || remove.length > 0) changes[table] = { put, remove };
  }
  return changes;
}

const compareIds = (a: { deviceId: string }, b: { deviceId: string }): number =>
  a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0;

export function planSync(input: PlanInput): SyncPlan {
  let current: ReplicaTables = input.local as unknown as ReplicaTables;
  let { clock } = input;
  const log: SyncLogEntry[] = [];
  const clocksAhead: string[] = [];
  const peers: Record<string, PeerState> = {};
  const removed = new Map(input.removed.map((entry) => [entry.deviceId, entry]));
  const incoming = input.incoming.toSorted(compareIds);

  for (const device of incoming) {
    const result = mergeReplicas(current, device.data as unknown as ReplicaTables, { identity: IDENTITY });
    current = result.tables;
    const counts = countIncoming(result);
    if (hasNews(counts) || device.rejected > 0) {
      log.push({
        at: input.now,
        deviceId: device.deviceId,
        deviceName: device.deviceName,
        text: describeIncoming(counts, device.deviceName),
        rejected: device.rejected,
      });
    }
    const check = checkRemoteClock(
      clock,
      [device.clock, ...listStamps(device.data as unknown as Readonly<Record<string, readonly { hlc?: unknown }[]>>)],
      input.now,
    );
    clock = check.clock;
    if (check.isRemoteAhead) clocksAhead.push(device.deviceName);
    for (const entry of device.removedDevices) if (!removed.has(entry.deviceId)) removed.set(entry.deviceId, entry);
    peers[device.deviceId] = {
      deviceId: device.deviceId,
      name: device.deviceName,
      version: device.version,
      writtenAt: device.writtenAt,
      seenAt: input.now,
      isClockAhead: check.isRemoteAhead,
      problem: null,
    };
  }

  for (const listed of input.listed) {
    if (peers[listed.deviceId]) continue;
    const known = input.peers[listed.deviceId];
    const problem = input.problems[listed.deviceId];
    if (problem !== undefined) {
      // Remember the version, so a damaged file is not downloaded again until it changes.
      peers[listed.deviceId] = {
        deviceId: listed.deviceId,
        name: known?.name ?? 'A device',
        version: listed.version,
        writtenAt: known?.writtenAt ?? null,
        seenAt: input.now,
        isClockAhead: known?.isClockAhead ?? false,
        problem,
      };
    } else if (known) peers[listed.deviceId] = known;
  }

  const changes = diffTables(input.local, current as unknown as Record<string, readonly unknown[]>);
  const changedRecords = Object.values(changes).reduce((sum, change) => sum + change.put.length + change.remove.length, 0);
  return { changes, changedRecords, clock, peers, removed: [...removed.values()], log: log.toReversed(), clocksAhead };
}
