/**
 * A model of devices for the merge properties: each replica has its own clock (possibly skewed),
 * makes edits the way the commands will (stamp with tickHlc, notes through nextNoteVersion and
 * applyNoteSave) and syncs by pulling another replica's tables through checkRemoteClock and
 * mergeReplicas. Records every version ever saved, to check that nothing was lost.
 */
import fc from 'fast-check';
import { encodeHlc, tickHlc, type Hlc } from '../../../../src/domain/hlc';
import { mergeReplicas, type ReplicaTables, type SyncRecord as MergeRecord } from '../../../../src/domain/sync/merge';
import { applyNoteSave, nextNoteVersion, type OtherNoteVersion } from '../../../../src/domain/sync/note-versions';
import { checkRemoteClock, listStamps } from '../../../../src/domain/sync/remote-clock';

/** Records as the tests build them: any fields besides the stamp. */
export type SyncRecord = MergeRecord & { [field: string]: unknown };

export const IDENTITY = { progress: (record: SyncRecord) => String(record.key), notes: (record: SyncRecord) => String(record.key) };

/** A type alias (not an interface) so it also fits the tests' open SyncRecord shape. */
export type Note = { key: string; text: string; deletedAt: number | null; hlc: string; ancestors: readonly string[]; updatedAt: number };

export interface Replica {
  node: string;
  skewMs: number;
  clock: Hlc;
  tables: Record<string, SyncRecord[]>;
  /** Versions of notes this replica has held as its note, so an editor can start from an old one. */
  seenNotes: Note[];
}

export type Op =
  | { kind: 'status'; replica: number; key: string; status: string; advance: number }
  | { kind: 'delete'; replica: number; key: string; advance: number }
  | {
      kind: 'note';
      replica: number;
      key: string;
      text: string;
      resolve: boolean;
      staleBase: number | null;
      clear: boolean;
      advance: number;
    }
  | { kind: 'sync'; replica: number; from: number; advance: number };

const KEYS = ['main/a', 'main/b'];

export const opArbitrary = (replicas: number): fc.Arbitrary<Op> => {
  const replica = fc.nat({ max: replicas - 1 });
  const key = fc.constantFrom(...KEYS);
  const advance = fc.constantFrom(0, 0, 1, 2, 1000);
  return fc.oneof(
    fc.record({ kind: fc.constant('status' as const), replica, key, status: fc.constantFrom('done', 'in-progress', 'skipped'), advance }),
    fc.record({ kind: fc.constant('delete' as const), replica, key, advance }),
    fc.record({
      kind: fc.constant('note' as const),
      replica,
      key,
      text: fc.string({ maxLength: 6 }),
      resolve: fc.boolean(),
      staleBase: fc.option(fc.nat({ max: 5 }), { nil: null }),
      clear: fc.constantFrom(false, false, true),
      advance,
    }),
    fc.record({ kind: fc.constant('sync' as const), replica, from: replica, advance }),
    fc.record({ kind: fc.constant('sync' as const), replica, from: replica, advance }),
  );
};

/** Clock offsets of the devices: in step, a few seconds off, or two days ahead (not adopted). */
export const skewArbitrary = fc.constantFrom(0, 0, -5_000, 7_000, 2 * 24 * 60 * 60 * 1000);

export class World {
  now = 1_767_225_600_000;
  readonly replicas: Replica[];
  /** Every note version ever saved, and every progress version ever written. */
  readonly savedNotes: Note[] = [];
  readonly writtenProgress: SyncRecord[] = [];

  constructor(skews: readonly number[]) {
    this.replicas = skews.map((skewMs, index) => ({
      node: `dev${index}`,
      skewMs,
      clock: { wall: 0, counter: 0, node: `dev${index}` },
      tables: { progress: [], notes: [], noteVersions: [] },
      seenNotes: [],
    }));
  }

  private stamp(replica: Replica): string {
    replica.clock = tickHlc(replica.clock, this.now + replica.skewMs, replica.node);
    return encodeHlc(replica.clock);
  }

  private upsert(replica: Replica, table: string, record: SyncRecord, identity: (record: SyncRecord) => string): void {
    const rows = replica.tables[table] ?? [];
    replica.tables[table] = [...rows.filter((row) => identity(row) !== identity(record)), record];
  }

  apply(op: Op): void {
    this.now += op.advance;
    const replica = this.replicas[op.replica];
    if (!replica) return;
    if (op.kind === 'status' || op.kind === 'delete') {
      const record: SyncRecord = {
        key: op.key,
        status: op.kind === 'status' ? op.status : 'not-started',
        hlc: this.stamp(replica),
        deletedAt: op.kind === 'delete' ? this.now : null,
      };
      this.writtenProgress.push(record);
      this.upsert(replica, 'progress', record, IDENTITY.progress);
    } else if (op.kind === 'note') {
      this.saveNote(replica, op);
    } else {
      const source = this.replicas[op.from];
      if (source && source !== replica) this.pull(replica, source);
    }
  }

  private saveNote(replica: Replica, op: Extract<Op, { kind: 'note' }>): void {
    const current = (replica.tables.notes ?? []).find((note) => note.key === op.key) as Note | undefined;
    const others = (replica.tables.noteVersions ?? []).filter(
      (version) => version.noteKey === op.key,
    ) as unknown as OtherNoteVersion<Note>[];
    const older = replica.seenNotes.filter((note) => note.key === op.key);
    // An editor opened before the last sync replaced the note starts from an older version.
    const base = op.staleBase !== null && older.length > 0 ? older[op.staleBase % older.length] : current;
    const fields = { key: op.key, text: op.clear ? '' : op.text, updatedAt: this.now, deletedAt: op.clear ? this.now : null };
    const saved = nextNoteVersion<Note>(base, fields, this.stamp(replica), op.resolve ? others : []);
    this.savedNotes.push(saved);
    const result = applyNoteSave<Note>({ current, others }, saved);
    replica.tables.notes = [...(replica.tables.notes ?? []).filter((note) => note.key !== op.key), result.current as unknown as SyncRecord];
    replica.tables.noteVersions = [
      ...(replica.tables.noteVersions ?? []).filter((version) => version.noteKey !== op.key),
      ...(result.others as unknown as SyncRecord[]),
    ];
    this.remember(replica);
  }

  private remember(replica: Replica): void {
    for (const note of (replica.tables.notes ?? []) as unknown as Note[]) {
      if (!replica.seenNotes.some((seen) => seen.hlc === note.hlc)) replica.seenNotes.push(note);
    }
  }

  /** `replica` reads `source`'s device file and merges it in. */
  pull(replica: Replica, source: Replica): void {
    replica.clock = checkRemoteClock(replica.clock, listStamps(source.tables), this.now + replica.skewMs).clock;
    const result = mergeReplicas(replica.tables, source.tables, { identity: IDENTITY });
    replica.tables = applyChanges(replica.tables, result.changes);
    this.remember(replica);
  }

  /** Everyone pulls from everyone, twice over: after that all replicas must agree. */
  syncAll(): void {
    for (let round = 0; round < 2; round += 1) {
      for (const replica of this.replicas) for (const source of this.replicas) if (replica !== source) this.pull(replica, source);
    }
  }
}

const identityFor = (table: string) => (record: SyncRecord) => (table === 'noteVersions' ? String(record.key) : String(record.key));

/** Applies a merge's `changes` to tables as a store would (put by identity, remove by identity). */
export function applyChanges(
  tables: ReplicaTables<SyncRecord>,
  changes: ReturnType<typeof mergeReplicas<SyncRecord>>['changes'],
): Record<string, SyncRecord[]> {
  const next: Record<string, SyncRecord[]> = {};
  for (const table of new Set([...Object.keys(tables), ...Object.keys(changes)])) {
    const identity = identityFor(table);
    const byId = new Map((tables[table] ?? []).map((record) => [identity(record), record]));
    for (const id of changes[table]?.remove ?? []) byId.delete(id);
    for (const record of changes[table]?.put ?? []) byId.set(identity(record), record);
    next[table] = [...byId.values()];
  }
  return next;
}

/** Tables sorted by identity, for comparing states. */
export function sortedTables(tables: ReplicaTables<SyncRecord>): Record<string, SyncRecord[]> {
  return Object.fromEntries(
    Object.keys(tables)
      .toSorted()
      .map((table) => [
        table,
        (tables[table] ?? []).toSorted((a, b) => (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0)),
      ]),
  );
}
