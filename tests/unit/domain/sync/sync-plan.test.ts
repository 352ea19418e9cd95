import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyBackupData, type BackupData } from '../../../../src/domain/backup/backup-format';
import { encodeHlc, MAX_CLOCK_DRIFT_MS, type Hlc } from '../../../../src/domain/hlc';
import { planSync, type IncomingDevice } from '../../../../src/domain/sync/sync-plan';
import { note, progress, T0 } from '../backup/backup-fixtures';

const stamp = (wall: number, node: string, counter = 0) => encodeHlc({ wall, counter, node });
const CLOCK: Hlc = { wall: T0, counter: 0, node: 'laptop' };

const data = (over: Partial<BackupData>): BackupData => ({ ...createEmptyBackupData(), ...over });

const device = (deviceId: string, tables: Partial<BackupData>, over: Partial<IncomingDevice> = {}): IncomingDevice => ({
  deviceId,
  deviceName: deviceId === 'phone' ? 'Phone' : deviceId,
  writtenAt: T0,
  clock: stamp(T0, deviceId),
  data: data(tables),
  rejected: 0,
  version: `"${deviceId}-1"`,
  removedDevices: [],
  ...over,
});

const plan = (local: BackupData, incoming: IncomingDevice[], now = T0 + 1000) =>
  planSync({
    local,
    incoming,
    listed: incoming.map((d) => ({ deviceId: d.deviceId, version: d.version })),
    problems: {},
    peers: {},
    removed: [],
    clock: CLOCK,
    now,
  });

/** The local tables after writing a plan's changes. */
function applyPlan(local: BackupData, changes: ReturnType<typeof plan>['changes']): BackupData {
  const next = structuredClone(local) as unknown as Record<string, { key?: string; id?: string; roadmapId?: string }[]>;
  for (const [table, change] of Object.entries(changes)) {
    const id = (record: { key?: string; id?: string; roadmapId?: string }) => record.key ?? record.id ?? record.roadmapId ?? '';
    const kept = (next[table] ?? []).filter(
      (record) => !change.remove.includes(id(record)) && !change.put.some((put) => id(put as never) === id(record)),
    );
    next[table] = [...kept, ...(change.put as never[])].toSorted((a, b) => (id(a) < id(b) ? -1 : 1));
  }
  return next as unknown as BackupData;
}

describe('planning a sync', () => {
  it('writes what another device has newer and nothing else, and says what came in', () => {
    const local = data({ progress: [progress('a', { hlc: stamp(T0 - 10, 'laptop') }), progress('b', { hlc: stamp(T0, 'laptop') })] });
    const result = plan(local, [
      device('phone', {
        progress: [
          progress('a', { status: 'skipped', doneAt: null, hlc: stamp(T0 - 5, 'phone') }),
          progress('b', { status: 'skipped', doneAt: null, hlc: stamp(T0 - 20, 'phone') }),
        ],
      }),
    ]);
    expect(result.changes.progress?.put.map((record) => (record as { itemId: string }).itemId)).toEqual(['a']);
    expect(result.changedRecords).toBe(1);
    expect(result.log.map((entry) => entry.text)).toEqual(['a status change from Phone']);
    expect(result.peers.phone).toMatchObject({ name: 'Phone', version: '"phone-1"', isClockAhead: false, problem: null });
  });

  it('deletes nothing when another device has nothing', () => {
    const local = data({ progress: [progress('a')], notes: [note('a', 'mine')] });
    const result = plan(local, [device('phone', {})]);
    expect(result.changes).toEqual({});
    expect(result.log).toEqual([]);
  });

  it('takes a newer tombstone, and keeps a live record newer than a tombstone', () => {
    const local = data({ notes: [note('a', 'keep', { hlc: stamp(T0, 'laptop') }), note('b', 'go', { hlc: stamp(T0 - 10, 'laptop') })] });
    const result = plan(local, [
      device('phone', {
        notes: [
          note('a', '', { deletedAt: T0 - 5, hlc: stamp(T0 - 5, 'phone') }),
          note('b', '', { deletedAt: T0 - 5, hlc: stamp(T0 - 5, 'phone') }),
        ],
      }),
    ]);
    expect(result.changes.notes?.put).toEqual([expect.objectContaining({ itemId: 'b', deletedAt: T0 - 5 })]);
  });

  it('moves the clock past what it saw, but not to a device days ahead, which it flags', () => {
    const ahead = T0 + 3 * MAX_CLOCK_DRIFT_MS;
    const result = plan(data({}), [
      device('phone', { progress: [progress('a', { hlc: stamp(T0 + 5000, 'phone') })] }),
      device('tablet', { progress: [progress('b', { hlc: stamp(ahead, 'tablet') })] }, { clock: stamp(ahead, 'tablet') }),
    ]);
    expect(result.clock.wall).toBe(T0 + 5000);
    expect(result.clock.node).toBe('laptop');
    expect(result.clocksAhead).toEqual(['tablet']);
    expect(result.peers.tablet?.isClockAhead).toBe(true);
    // Flagged, not blocked: its records still come in.
    expect(result.changes.progress?.put).toHaveLength(2);
  });

  it('remembers a damaged file’s version and why, and forgets devices no longer in the folder', () => {
    const result = planSync({
      local: data({}),
      incoming: [],
      listed: [{ deviceId: 'tablet', version: '"t-9"' }],
      problems: { tablet: 'A sync file was changed or damaged on the server and was not used.' },
      peers: {
        tablet: { deviceId: 'tablet', name: 'Tablet', version: '"t-8"', writtenAt: 1, seenAt: 1, isClockAhead: false, problem: null },
        gone: { deviceId: 'gone', name: 'Old', version: null, writtenAt: 1, seenAt: 1, isClockAhead: false, problem: null },
      },
      removed: [],
      clock: CLOCK,
      now: T0,
    });
    expect(Object.keys(result.peers)).toEqual(['tablet']);
    expect(result.peers.tablet).toMatchObject({ name: 'Tablet', version: '"t-9"', problem: expect.stringMatching(/damaged/) });
  });

  it('passes on the devices another device took out of sync', () => {
    const removal = { deviceId: 'old-phone', name: 'Old phone', removedAt: T0, removedBy: 'Phone' };
    expect(plan(data({}), [device('phone', {}, { removedDevices: [removal] })]).removed).toEqual([removal]);
  });
});

describe('planning, as properties', () => {
  const statusRecord = fc
    .record({
      item: fc.constantFrom('a', 'b', 'c'),
      status: fc.constantFrom('done', 'skipped', 'in-progress'),
      wall: fc.integer({ min: 0, max: 50 }),
      deleted: fc.boolean(),
    })
    .map(({ item, status, wall, deleted }) => ({ item, status, wall, deleted }));
  const deviceArb = (id: string) =>
    fc.array(statusRecord, { maxLength: 4 }).map((records) =>
      device(id, {
        progress: records.map((r) =>
          progress(r.item, { status: r.status as 'done', hlc: stamp(T0 + r.wall, id), updatedAt: T0, doneAt: null }),
        ),
      }),
    );

  it('gives the same tables whatever order the other devices come in, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(deviceArb('laptop'), deviceArb('phone'), deviceArb('tablet'), (localDevice, phone, tablet) => {
        const local = localDevice.data;
        const forward = applyPlan(local, plan(local, [phone, tablet]).changes);
        const backward = applyPlan(
          applyPlan(local, plan(local, [tablet]).changes),
          plan(applyPlan(local, plan(local, [tablet]).changes), [phone]).changes,
        );
        expect(backward).toEqual(forward);
        expect(plan(forward, [phone, tablet]).changedRecords).toBe(0);
        // Nothing local disappears: every record id is still there.
        const ids = new Set(forward.progress.map((record) => record.key));
        for (const record of local.progress) expect(ids.has(record.key)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
