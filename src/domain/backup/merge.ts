/**
 * Merging a backup into this device's data, record by record.
 *
 * Rules (per identity, RECORD_IDENTITY: progress/notes/evidence/reviews/itemOverlays by key,
 * sessions/userCards/customItems/roadmaps by id, plans by roadmapId, settings by key):
 * - Newer `updatedAt` wins. Tombstones are records like any other, so a newer deletion deletes and
 *   an older deletion neither deletes a newer record nor is undone by an older live one. Reviews
 *   and item overlays have no tombstone: the newer state (or hidden flag) simply wins.
 * - Equal `updatedAt` with different content: the record with the greater canonical JSON wins.
 *   Arbitrary but symmetric, so merge(A, B) and merge(B, A) pick the same record.
 * - A note alive on both sides with different texts is a conflict (we keep no base version, so we
 *   cannot tell an edit from a stale copy): the result holds the newer text, a separator line
 *   naming where the other came from, then the other text. If one text already contains the other
 *   (e.g. an earlier merge), the containing one wins — which makes importing the same file twice
 *   a no-op. If both together would exceed the note limit, this device's note is kept unchanged
 *   and the preview says so, rather than cutting text.
 */
import {
  BACKUP_TABLES,
  RECORD_IDENTITY,
  canonicalJson,
  compareStrings,
  sortTables,
  type BackupData,
  type BackupRecord,
  type BackupTable,
} from './backup-format';
import { localDayOf } from '../calendar-day';
import { LIMITS as BACKUP_LIMITS } from '../schemas/fields';
import type { NoteRecord } from '../records';

export type MergeOutcome =
  | 'unchanged'
  | 'only-here'
  | 'only-in-file'
  | 'newer-here'
  | 'newer-in-file'
  /** Both note texts kept in the result. */
  | 'note-merged'
  /** Both note texts together are too long; this device's note kept, the file's not imported. */
  | 'note-too-long';

export interface MergeDecision<T> {
  id: string;
  outcome: MergeOutcome;
  local: T | null;
  incoming: T | null;
  /** What the table holds after the merge. */
  result: T;
}

export type MergeTables = { [T in BackupTable]: MergeDecision<BackupRecord<T>>[] };

export interface MergePlan {
  plannedAt: number;
  tables: MergeTables;
}

export interface MergeOptions {
  /** When the plan is made (shown by the UI, stored as "last import"). */
  now: number;
  /** The file's exportedAt; names the backup in the note separator. */
  fileExportedAt: number;
}

type Resolution<T> = Pick<MergeDecision<T>, 'outcome' | 'result'>;

/** -1: a wins, 1: b wins, 0: identical. */
function compareByTime(a: { updatedAt: number }, b: { updatedAt: number }): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? -1 : 1;
  const [ca, cb] = [canonicalJson(a), canonicalJson(b)];
  return ca === cb ? 0 : ca > cb ? -1 : 1;
}

function resolveByTime<T extends { updatedAt: number }>(local: T, incoming: T): Resolution<T> {
  const order = compareByTime(local, incoming);
  if (order === 0) return { outcome: 'unchanged', result: local };
  return order < 0 ? { outcome: 'newer-here', result: local } : { outcome: 'newer-in-file', result: incoming };
}

const localSeparator = '--- kept from this device ---';
const fileSeparator = (exportedAt: number): string => `--- from backup (exported ${localDayOf(exportedAt)}) ---`;

function resolveNote(local: NoteRecord, incoming: NoteRecord, fileExportedAt: number): Resolution<NoteRecord> {
  if (local.deletedAt !== null || incoming.deletedAt !== null || local.text === incoming.text) {
    return resolveByTime(local, incoming);
  }
  const localHasAll = local.text.includes(incoming.text);
  const fileHasAll = incoming.text.includes(local.text);
  // On a time tie prefer the text that already holds the other, so a merged note stays merged.
  const localIsNewer =
    local.updatedAt !== incoming.updatedAt
      ? local.updatedAt > incoming.updatedAt
      : localHasAll !== fileHasAll
        ? localHasAll
        : compareByTime(local, incoming) < 0;
  const [newer, older] = localIsNewer ? [local, incoming] : [incoming, local];
  if (newer.text.includes(older.text)) {
    return localIsNewer ? { outcome: 'newer-here', result: local } : { outcome: 'newer-in-file', result: incoming };
  }
  const separator = localIsNewer ? fileSeparator(fileExportedAt) : localSeparator;
  const text = `${newer.text}\n\n${separator}\n${older.text}`;
  if (text.length > BACKUP_LIMITS.noteLength) return { outcome: 'note-too-long', result: local };
  return { outcome: 'note-merged', result: { ...newer, text, updatedAt: newer.updatedAt } };
}

/** Last-writer-wins within one side too, in case a caller passes duplicates. */
function indexById<T extends { updatedAt: number }>(records: readonly T[], idOf: (record: T) => string): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) {
    const id = idOf(record);
    const seen = byId.get(id);
    if (seen === undefined || compareByTime(record, seen) < 0) byId.set(id, record);
  }
  return byId;
}

function mergeTable<T extends { updatedAt: number }>(
  localRecords: readonly T[],
  incomingRecords: readonly T[],
  idOf: (record: T) => string,
  resolve: (local: T, incoming: T) => Resolution<T>,
): MergeDecision<T>[] {
  const local = indexById(localRecords, idOf);
  const incoming = indexById(incomingRecords, idOf);
  const ids = [...new Set([...local.keys(), ...incoming.keys()])].sort(compareStrings);
  return ids.map((id): MergeDecision<T> => {
    const here = local.get(id) ?? null;
    const there = incoming.get(id) ?? null;
    if (here !== null && there !== null) return { id, local: here, incoming: there, ...resolve(here, there) };
    if (here !== null) return { id, local: here, incoming: null, outcome: 'only-here', result: here };
    if (there !== null) return { id, local: null, incoming: there, outcome: 'only-in-file', result: there };
    throw new Error(`unreachable: ${id} is in neither side`);
  });
}

function planTables(
  local: BackupData,
  incoming: BackupData,
  resolveNotes: (local: NoteRecord, incoming: NoteRecord) => Resolution<NoteRecord>,
): MergeTables {
  const id = RECORD_IDENTITY;
  return {
    progress: mergeTable(local.progress, incoming.progress, id.progress, resolveByTime),
    notes: mergeTable(local.notes, incoming.notes, id.notes, resolveNotes),
    evidence: mergeTable(local.evidence, incoming.evidence, id.evidence, resolveByTime),
    sessions: mergeTable(local.sessions, incoming.sessions, id.sessions, resolveByTime),
    plans: mergeTable(local.plans, incoming.plans, id.plans, resolveByTime),
    settings: mergeTable(local.settings, incoming.settings, id.settings, resolveByTime),
    userCards: mergeTable(local.userCards, incoming.userCards, id.userCards, resolveByTime),
    reviews: mergeTable(local.reviews, incoming.reviews, id.reviews, resolveByTime),
    customItems: mergeTable(local.customItems, incoming.customItems, id.customItems, resolveByTime),
    itemOverlays: mergeTable(local.itemOverlays, incoming.itemOverlays, id.itemOverlays, resolveByTime),
    roadmaps: mergeTable(local.roadmaps, incoming.roadmaps, id.roadmaps, resolveByTime),
    noteVersions: mergeTable(local.noteVersions, incoming.noteVersions, id.noteVersions, resolveByTime),
  };
}

export function planMerge(local: BackupData, incoming: BackupData, { now, fileExportedAt }: MergeOptions): MergePlan {
  return { plannedAt: now, tables: planTables(local, incoming, (l, i) => resolveNote(l, i, fileExportedAt)) };
}

const resultsOf = <T>(decisions: readonly MergeDecision<T>[], keep: (d: MergeDecision<T>) => boolean): T[] =>
  decisions.filter(keep).map((d) => d.result);

function collect(plan: MergePlan, keep: (outcome: MergeOutcome) => boolean): BackupData {
  const t = plan.tables;
  const byOutcome = (d: { outcome: MergeOutcome }): boolean => keep(d.outcome);
  return {
    progress: resultsOf(t.progress, byOutcome),
    notes: resultsOf(t.notes, byOutcome),
    evidence: resultsOf(t.evidence, byOutcome),
    sessions: resultsOf(t.sessions, byOutcome),
    plans: resultsOf(t.plans, byOutcome),
    settings: resultsOf(t.settings, byOutcome),
    userCards: resultsOf(t.userCards, byOutcome),
    reviews: resultsOf(t.reviews, byOutcome),
    customItems: resultsOf(t.customItems, byOutcome),
    itemOverlays: resultsOf(t.itemOverlays, byOutcome),
    roadmaps: resultsOf(t.roadmaps, byOutcome),
    noteVersions: resultsOf(t.noteVersions, byOutcome),
  };
}

/** The full data after the merge, each table sorted by identity. */
export const applyMergePlan = (plan: MergePlan): BackupData => collect(plan, () => true);

/** Only the records the device must write (put) to reach applyMergePlan's result; nothing is deleted. */
export const changesToWrite = (plan: MergePlan): BackupData =>
  collect(plan, (o) => o === 'only-in-file' || o === 'newer-in-file' || o === 'note-merged');

export interface MergeCounts {
  newerHere: number;
  newerInFile: number;
  onlyInFile: number;
  onlyHere: number;
  /** Notes alive on both sides with different texts that were combined or could not be. */
  notesThatDiffer: number;
  /** Of notesThatDiffer: too long to combine; this device's text kept. */
  notesTooLong: number;
  unchanged: number;
}

export interface MergeSummary extends MergeCounts {
  byTable: Record<BackupTable, MergeCounts>;
}

const zeroCounts = (): MergeCounts => ({
  newerHere: 0,
  newerInFile: 0,
  onlyInFile: 0,
  onlyHere: 0,
  notesThatDiffer: 0,
  notesTooLong: 0,
  unchanged: 0,
});

function countOutcome(counts: MergeCounts, outcome: MergeOutcome): void {
  if (outcome === 'unchanged') counts.unchanged += 1;
  else if (outcome === 'only-here') counts.onlyHere += 1;
  else if (outcome === 'only-in-file') counts.onlyInFile += 1;
  else if (outcome === 'newer-here') counts.newerHere += 1;
  else if (outcome === 'newer-in-file') counts.newerInFile += 1;
  else {
    counts.notesThatDiffer += 1;
    if (outcome === 'note-too-long') counts.notesTooLong += 1;
  }
}

/** Counts for the preview ("3 newer here, 5 newer in the file, ..."). */
export function summarizeMerge(plan: MergePlan): MergeSummary {
  const total = zeroCounts();
  const byTable = Object.fromEntries(BACKUP_TABLES.map((t) => [t, zeroCounts()])) as Record<BackupTable, MergeCounts>;
  for (const table of BACKUP_TABLES) {
    const decisions: readonly { outcome: MergeOutcome }[] = plan.tables[table];
    for (const { outcome } of decisions) {
      countOutcome(total, outcome);
      countOutcome(byTable[table], outcome);
    }
  }
  return { ...total, byTable };
}

export interface ReplaceSummary {
  /** Records on this device that are not in the file: gone after Replace. */
  removed: number;
  /** Records in the file that are not on this device. */
  added: number;
  /** Records on both sides whose content differs: the file's version replaces this device's. */
  changed: number;
  /** Of changed: this device's version is newer, so Replace goes back in time for these. */
  newerHereLost: number;
  unchanged: number;
}

/** Replace = the device's data becomes exactly the file's; these counts warn what that costs. */
export function planReplace(local: BackupData, incoming: BackupData): ReplaceSummary {
  const summary: ReplaceSummary = { removed: 0, added: 0, changed: 0, newerHereLost: 0, unchanged: 0 };
  // Plain time rule for notes too: Replace never combines texts.
  const tables = planTables(local, incoming, resolveByTime);
  for (const table of BACKUP_TABLES) {
    const decisions: readonly { outcome: MergeOutcome }[] = tables[table];
    for (const { outcome } of decisions) {
      if (outcome === 'only-here') summary.removed += 1;
      else if (outcome === 'only-in-file') summary.added += 1;
      else if (outcome === 'unchanged') summary.unchanged += 1;
      else {
        summary.changed += 1;
        if (outcome === 'newer-here') summary.newerHereLost += 1;
      }
    }
  }
  return summary;
}

/** Replace's resulting data: the file's tables, sorted like every other output. */
export const replaceAll = (incoming: BackupData): BackupData => sortTables(incoming);
