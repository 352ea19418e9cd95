/**
 * Merging two replicas of the user's tables, on plain records (no storage here).
 *
 * Rule: per record (identified as the backup does, RECORD_IDENTITY), the version with the later
 * hybrid-logical-clock stamp `hlc` wins; equal stamps (only legacy stamps can collide) fall back to
 * the canonical JSON so every device decides the same. A tombstone (`deletedAt` set) is a version
 * like any other: it beats older live versions and loses to newer ones.
 *
 * Notes are merged by ancestry instead (note-versions.ts): a note edited on two devices since they
 * last synced keeps both texts, the later as the note and the other in the note-versions table.
 *
 * The merge is commutative, associative and idempotent on the records (tests/unit/domain/sync), so
 * devices that sync in any order end with the same tables.
 */
import { canonicalJson } from '../backup/backup-format';
import { compareHlc, isHlc } from '../hlc';
import { fromOtherVersion, selectNoteHeads, toOtherVersion, type NoteVersion, type OtherNoteVersion } from './note-versions';

/** What the merge needs of any record; no index signature, so record interfaces fit as they are. */
export interface SyncRecord {
  hlc: string;
  deletedAt?: number | null;
}

/** A field the merge reads without knowing the record's type. */
const fieldOf = (record: SyncRecord, name: string): unknown => (record as unknown as Readonly<Record<string, unknown>>)[name];

export type ReplicaTables<R extends SyncRecord = SyncRecord> = Readonly<Record<string, readonly R[]>>;

export interface MergeOptions<R extends SyncRecord = SyncRecord> {
  /** The identity of a record in each table; every table present on either side needs one. */
  identity: Readonly<Record<string, (record: R) => string>>;
  /** Defaults 'notes' and 'noteVersions'; the versions table is keyed by `key`. */
  notesTable?: string;
  noteVersionsTable?: string;
}

export interface TableCounts {
  /** New here. */
  added: number;
  /** Changed here (not a deletion). */
  updated: number;
  /** Became a tombstone here. */
  deleted: number;
  /** Taken out here: other note versions that a later save settled. */
  removed: number;
}

export interface MergeResult<R extends SyncRecord = SyncRecord> {
  /** Every table of either side, merged, sorted by identity. */
  tables: Record<string, R[]>;
  /** What the local store must write and remove (by identity) to hold `tables`. */
  changes: Record<string, { put: R[]; remove: string[] }>;
  /** Per table with changes, for a log line ("3 ticks and a note from Phone"). */
  counts: Record<string, TableCounts>;
  /** Remote records left out because their hlc was missing or malformed. */
  rejected: number;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The version that wins between two of one record. Symmetric: pick(a, b) equals pick(b, a). */
export function pickWinner<T extends SyncRecord>(a: T, b: T): T {
  const byClock = compareHlc(a.hlc, b.hlc);
  if (byClock !== 0) return byClock > 0 ? a : b;
  return compareText(canonicalJson(a), canonicalJson(b)) >= 0 ? a : b;
}

const isTombstone = (record: SyncRecord | undefined): boolean => record?.deletedAt !== undefined && record.deletedAt !== null;

function indexTable<R extends SyncRecord>(records: readonly R[], identity: (record: R) => string): Map<string, R> {
  const byId = new Map<string, R>();
  for (const record of records) {
    const id = identity(record);
    const seen = byId.get(id);
    byId.set(id, seen ? pickWinner(seen, record) : record);
  }
  return byId;
}

/** A note record as the merge reads it; a note saved before ancestry existed has none. */
function asNote<R extends SyncRecord>(record: R): NoteVersion & R {
  const ancestors = fieldOf(record, 'ancestors');
  const valid = Array.isArray(ancestors) ? ancestors.filter((stamp): stamp is string => typeof stamp === 'string') : [];
  return { ...record, ancestors: valid } as unknown as NoteVersion & R;
}

/** Notes and their other versions, merged by heads of all versions either side knows. */
function mergeNotes<R extends SyncRecord>(notes: readonly R[], versions: readonly R[]): { notes: R[]; versions: R[] } {
  const byNote = new Map<string, Map<string, NoteVersion & R>>();
  const add = (note: NoteVersion & R): void => {
    const known = byNote.get(note.key) ?? new Map<string, NoteVersion & R>();
    byNote.set(note.key, known);
    const same = known.get(note.hlc);
    known.set(note.hlc, same ? pickWinner(same, note) : note);
  };
  for (const note of notes) add(asNote(note));
  for (const version of versions) add(asNote(fromOtherVersion(version as unknown as OtherNoteVersion) as unknown as R));
  const merged = { notes: [] as R[], versions: [] as R[] };
  for (const known of byNote.values()) {
    const { current, others } = selectNoteHeads([...known.values()]);
    merged.notes.push(current);
    merged.versions.push(...others.map((other) => toOtherVersion(other) as unknown as R));
  }
  return merged;
}

function countChange(counts: TableCounts, before: SyncRecord | undefined, after: SyncRecord): void {
  if (!before) counts.added += 1;
  else if (isTombstone(after) && !isTombstone(before)) counts.deleted += 1;
  else counts.updated += 1;
}

/**
 * Merges a remote replica into a local one. Remote records without a valid hlc are left out and
 * counted; local ones are trusted (every local write is stamped by a command).
 */
export function mergeReplicas<R extends SyncRecord>(
  local: ReplicaTables<R>,
  remote: ReplicaTables<R>,
  options: MergeOptions<R>,
): MergeResult<R> {
  const notesTable = options.notesTable ?? 'notes';
  const versionsTable = options.noteVersionsTable ?? 'noteVersions';
  const identityOf = (table: string): ((record: R) => string) => {
    if (table === versionsTable) return (record) => String(fieldOf(record, 'key'));
    const identity = options.identity[table];
    if (!identity) throw new Error(`No identity for table ${table}`);
    return identity;
  };
  let rejected = 0;
  const remoteValid = (table: string): R[] =>
    (remote[table] ?? []).filter((record) => {
      const isValid = isHlc(record.hlc) && (table !== versionsTable || typeof fieldOf(record, 'noteKey') === 'string');
      if (!isValid) rejected += 1;
      return isValid;
    });

  const tableNames = [...new Set([...Object.keys(local), ...Object.keys(remote)])].toSorted(compareText);
  const merged: Record<string, R[]> = {};
  for (const table of tableNames) {
    if (table === versionsTable) continue;
    if (table === notesTable) {
      const notes = mergeNotes(
        [...(local[table] ?? []), ...remoteValid(table)],
        [...(local[versionsTable] ?? []), ...remoteValid(versionsTable)],
      );
      merged[table] = notes.notes;
      merged[versionsTable] = notes.versions;
      continue;
    }
    merged[table] = [...indexTable([...(local[table] ?? []), ...remoteValid(table)], identityOf(table)).values()];
  }
  if (tableNames.includes(versionsTable) && !merged[versionsTable]) {
    // Other versions without a notes table on either side still merge as heads.
    merged[versionsTable] = mergeNotes([], [...(local[versionsTable] ?? []), ...remoteValid(versionsTable)]).versions;
  }

  const tables: Record<string, R[]> = {};
  const changes: MergeResult<R>['changes'] = {};
  const counts: MergeResult<R>['counts'] = {};
  for (const table of Object.keys(merged).toSorted(compareText)) {
    const identity = identityOf(table);
    const records = (merged[table] ?? []).toSorted((a, b) => compareText(identity(a), identity(b)));
    tables[table] = records;
    const before = indexTable(local[table] ?? [], identity);
    const tableCounts: TableCounts = { added: 0, updated: 0, deleted: 0, removed: 0 };
    const put: R[] = [];
    const kept = new Set<string>();
    for (const record of records) {
      const id = identity(record);
      kept.add(id);
      const old = before.get(id);
      if (old && canonicalJson(old) === canonicalJson(record)) continue;
      put.push(record);
      countChange(tableCounts, old, record);
    }
    const remove = [...before.keys()].filter((id) => !kept.has(id)).toSorted(compareText);
    tableCounts.removed = remove.length;
    if (put.length > 0 || remove.length > 0) {
      changes[table] = { put, remove };
      counts[table] = tableCounts;
    }
  }
  return { tables, changes, counts, rejected };
}
