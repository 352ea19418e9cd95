import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { runCommand } from '../../../src/db/commands';
import { readClock } from '../../../src/db/clock';
import { exportBackup } from '../../../src/db/backup-repo';
import {
  applyIncoming,
  onDataCommitted,
  readSyncOverview,
  readSyncSetup,
  takeNewDeviceId,
  type IncomingDevice,
} from '../../../src/db/sync-repo';
import { createEmptyBackupData, type BackupData } from '../../../src/domain/backup/backup-format';
import { encodeHlc } from '../../../src/domain/hlc';
import { note, progress, T0 } from '../domain/backup/backup-fixtures';

const VAULT_ID = 'vault-0123456789';
const stamp = (wall: number, node: string) => encodeHlc({ wall, counter: 0, node });

async function configure(): Promise<void> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await runCommand(
    'sync.configure',
    {
      url: 'https://cloud.example.org/dav',
      user: 'alice',
      password: 'secret',
      folder: 'healthcare-ai-roadmap-tracker',
      deviceName: 'Laptop',
      vault: {
        vaultId: VAULT_ID,
        envelope: {
          kdf: { name: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'c2FsdA==' },
          wrap: 'AES-KW',
          wrappedKey: 'a2V5',
          keyCheck: 'Y2hlY2s=',
        },
        etag: null,
        key,
      },
    },
    { now: T0 },
  );
}

const incoming = (deviceId: string, tables: Partial<BackupData>): IncomingDevice => ({
  deviceId,
  deviceName: 'Phone',
  writtenAt: T0,
  clock: stamp(T0, deviceId),
  data: { ...createEmptyBackupData(), ...tables },
  rejected: 0,
  version: '"1"',
  removedDevices: [],
});

const apply = (devices: IncomingDevice[], now = T0 + 1000) =>
  applyIncoming(
    { vaultId: VAULT_ID, incoming: devices, listed: devices.map((d) => ({ deviceId: d.deviceId, version: d.version })), problems: {} },
    now,
  );

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the sync state of this device', () => {
  it('keeps the server, the credentials and the vault key on this device, out of every backup', async () => {
    await configure();
    const setup = await readSyncSetup();
    expect(setup?.config).toMatchObject({
      url: 'https://cloud.example.org/dav/',
      user: 'alice',
      deviceName: 'Laptop',
      mergedVaultId: null,
    });
    expect(setup?.vault.key).toBeInstanceOf(CryptoKey);
    const { text } = await exportBackup(T0);
    for (const secret of ['secret', VAULT_ID, 'cloud.example.org', setup?.deviceId ?? '?']) expect(text).not.toContain(secret);
  });

  it('refuses a set-up whose address would send the password unprotected, and stores nothing', async () => {
    await expect(
      runCommand('sync.configure', {
        url: 'http://cloud.example.org/dav',
        user: 'a',
        password: 'b',
        folder: 'x',
        deviceName: 'L',
        vault: {} as never,
      }),
    ).rejects.toThrow(/must start with https/);
    expect(await db.syncState.count()).toBe(0);
  });

  it('keeps every record when sync is stopped', async () => {
    await configure();
    await runCommand('progress.setStatus', { roadmapId: 'r1', itemId: 'a', status: 'done' });
    await runCommand('sync.stop', {});
    expect(await readSyncSetup()).toBeNull();
    expect(await db.progress.count()).toBe(1);
  });

  it('will not remove this device from its own list', async () => {
    await configure();
    const deviceId = (await readSyncSetup())?.deviceId ?? '';
    await expect(runCommand('device.remove', { deviceId })).rejects.toThrow(/Stop syncing on this device/);
  });

  it('takes a new device id whose clock still runs forward', async () => {
    await runCommand('progress.setStatus', { roadmapId: 'r1', itemId: 'a', status: 'done' }, { now: T0 });
    const before = await readClock();
    const id = await takeNewDeviceId();
    await runCommand('progress.setStatus', { roadmapId: 'r1', itemId: 'b', status: 'done' }, { now: T0 - 60_000 });
    const after = await readClock();
    expect(after?.node).toBe(id);
    expect(encodeHlc(after ?? before!) > encodeHlc(before!)).toBe(true);
  });
});

describe('bringing another device’s data in', () => {
  it('writes the merge, the clock, the device list and the log in one go', async () => {
    await configure();
    const result = await apply([
      incoming('phone', {
        progress: [progress('a', { hlc: stamp(T0 + 500, 'phone') })],
        notes: [note('a', 'hello', { hlc: stamp(T0, 'phone') })],
      }),
    ]);
    expect(result).toMatchObject({ status: 'applied', changedRecords: 2 });
    expect(await db.progress.count()).toBe(1);
    expect((await readClock())?.wall).toBe(T0 + 1000);
    const overview = await readSyncOverview();
    expect(overview.peers.phone?.name).toBe('Phone');
    expect(overview.log.map((entry) => entry.text)).toEqual(['a tick and a note from Phone']);
  });

  it('writes nothing at all when the transaction fails half-way', async () => {
    await configure();
    await runCommand('progress.setStatus', { roadmapId: 'r1', itemId: 'mine', status: 'done' }, { now: T0 });
    const clockBefore = await readClock();
    const failWrite = () => {
      throw new Error('disk trouble');
    };
    db.notes.hook('creating', failWrite);
    try {
      await expect(
        apply([
          incoming('phone', {
            progress: [progress('a', { hlc: stamp(T0 + 500, 'phone') })],
            notes: [note('a', 'x', { hlc: stamp(T0 + 500, 'phone') })],
          }),
        ]),
      ).rejects.toThrow();
    } finally {
      db.notes.hook('creating').unsubscribe(failWrite);
    }
    expect((await db.progress.toArray()).map((record) => record.itemId)).toEqual(['mine']);
    expect(await db.snapshots.count()).toBe(0);
    expect(await readClock()).toEqual(clockBefore);
    expect((await readSyncOverview()).peers).toEqual({});
  });

  it('stores a restore point of the local data before the first merge from a vault, and not again', async () => {
    await configure();
    await runCommand('progress.setStatus', { roadmapId: 'r1', itemId: 'mine', status: 'done' }, { now: T0 });
    const first = await apply([incoming('phone', { progress: [progress('a', { hlc: stamp(T0 + 500, 'phone') })] })]);
    expect(first.status === 'applied' && first.restorePointId).not.toBeNull();
    const [point] = await db.snapshots.toArray();
    expect(point?.reason).toBe('before-sync');
    expect(point?.data).toContain('"mine"');
    expect(point?.data).not.toContain('"a"');
    const second = await apply([incoming('phone', { progress: [progress('b', { hlc: stamp(T0 + 600, 'phone') })] })]);
    expect(second.status === 'applied' && second.restorePointId).toBeNull();
    expect(await db.snapshots.count()).toBe(1);
  });

  it('needs no restore point on a device with nothing to protect', async () => {
    await configure();
    const result = await apply([incoming('phone', { progress: [progress('a', { hlc: stamp(T0, 'phone') })] })]);
    expect(result.status === 'applied' && result.restorePointId).toBeNull();
    expect(await db.snapshots.count()).toBe(0);
  });

  it('deletes nothing when the other devices have nothing', async () => {
    await configure();
    await runCommand('progress.setStatus', { roadmapId: 'r1', itemId: 'mine', status: 'done' });
    await runCommand('note.save', { roadmapId: 'r1', itemId: 'mine', text: 'keep' });
    expect(await apply([incoming('phone', {}), incoming('tablet', {})])).toMatchObject({ status: 'applied', changedRecords: 0 });
    expect(await db.progress.count()).toBe(1);
    expect(await db.notes.count()).toBe(1);
  });

  it('takes a newer tombstone from another device', async () => {
    await configure();
    await runCommand('note.save', { roadmapId: 'r1', itemId: 'a', text: 'old words' }, { now: T0 });
    await apply([
      incoming('phone', {
        notes: [note('a', '', { deletedAt: T0 + 10, hlc: stamp(T0 + 10, 'phone'), ancestors: [(await db.notes.toArray())[0]?.hlc ?? ''] })],
      }),
    ]);
    expect((await db.notes.toArray()).map((record) => record.deletedAt)).toEqual([T0 + 10]);
  });

  it('does nothing when sync was stopped meanwhile (another tab)', async () => {
    await configure();
    await runCommand('sync.stop', {});
    expect(await apply([incoming('phone', { progress: [progress('a')] })])).toEqual({ status: 'stale' });
    expect(await db.progress.count()).toBe(0);
  });
});

describe('noticing changes', () => {
  it('reports committed writes to the data, and not sync’s own bookkeeping', async () => {
    let calls = 0;
    const stop = onDataCommitted(() => {
      calls += 1;
    });
    try {
      await configure();
      await new Promise((done) => setTimeout(done, 50));
      expect(calls).toBe(0);
      await runCommand('progress.setStatus', { roadmapId: 'r1', itemId: 'a', status: 'done' });
      await expect.poll(() => calls).toBeGreaterThan(0);
    } finally {
      stop();
    }
  });
});
