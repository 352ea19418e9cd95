/**
 * The backup file format: one JSON document holding every table of the user's progress.
 *
 * Versioning rule: `formatVersion` is bumped only when an older app could not read the new file
 * correctly. Format 1 held six tables (progress, notes, evidence, sessions, plans, settings).
 * Format 2 adds userCards, reviews, customItems, itemOverlays and roadmaps as *optional* arrays of
 * `data`: a format-1 file (or a format-2 file without them) still imports, reading the missing
 * tables as empty. Format 3 stamps every record with its clock (`hlc`), tombstones plans, settings
 * and hidden items (`deletedAt`), and carries records that need attention in `needsAttention`; a
 * format-1 or -2 file reads with the stamps every device derives alike from `updatedAt`, and no
 * tombstones. An export always writes the current format with all eleven tables.
 * Unknown keys (in `data` or in any record) are stripped by the schema rather than rejected (in a
 * format-1 file that includes the format-2 table names, which format 1 never defined), and a file
 * with a newer `formatVersion` is refused outright — silently dropping tables we do not know would
 * lose the user's data on the next export.
 */
import type {
  AttentionRecord,
  CustomItemRecord,
  EvidenceRecord,
  ItemOverlayRecord,
  NoteRecord,
  NoteVersionRecord,
  PlanRecord,
  ProgressRecord,
  ReviewRecord,
  SettingRecord,
  StoredRoadmapRecord,
  StudySessionRecord,
  UserCardRecord,
} from '../records';
import { localDayOf } from '../calendar-day';

export const BACKUP_APP_ID = 'healthcare-ai-roadmap-tracker';
export const BACKUP_FORMAT_VERSION = 3;

export interface BackupData {
  progress: ProgressRecord[];
  notes: NoteRecord[];
  evidence: EvidenceRecord[];
  sessions: StudySessionRecord[];
  plans: PlanRecord[];
  settings: SettingRecord[];
  /** Format 2 and later (read as empty from a format-1 file). */
  userCards: UserCardRecord[];
  reviews: ReviewRecord[];
  customItems: CustomItemRecord[];
  itemOverlays: ItemOverlayRecord[];
  roadmaps: StoredRoadmapRecord[];
  /** Format 3: other versions of notes edited in two places (read as empty from older files). */
  noteVersions: NoteVersionRecord[];
}

export interface BackupFile {
  app: typeof BACKUP_APP_ID;
  /** Version of this file layout (see the rule at the top of this file). */
  formatVersion: number;
  /** package.json version of the app that wrote the file; informational only. */
  appVersion: string;
  /** IndexedDB schema version at export time; informational only. */
  schemaVersion: number;
  /** Epoch ms. */
  exportedAt: number;
  data: BackupData;
  /** Records set aside because they no longer pass their schema (format 3; empty before). */
  needsAttention: AttentionRecord[];
}

export type BackupTable = keyof BackupData;
export type BackupRecord<T extends BackupTable> = BackupData[T][number];

export { BACKUP_TABLES } from './backup-tables';
import { BACKUP_TABLES } from './backup-tables';

/** The tables format 1 defined; the rest are optional in a file (see the rule at the top). */
export const FORMAT_1_TABLES: readonly BackupTable[] = BACKUP_TABLES.slice(0, 6);

/** The identity of a record inside its table: the primary key the database uses. */
export const RECORD_IDENTITY: { readonly [T in BackupTable]: (record: BackupRecord<T>) => string } = {
  progress: (r) => r.key,
  notes: (r) => r.key,
  evidence: (r) => r.key,
  sessions: (r) => r.id,
  plans: (r) => r.roadmapId,
  settings: (r) => r.key,
  userCards: (r) => r.id,
  reviews: (r) => r.key,
  customItems: (r) => r.id,
  itemOverlays: (r) => r.key,
  roadmaps: (r) => r.id,
  noteVersions: (r) => r.key,
};

export const createEmptyBackupData = (): BackupData => ({
  progress: [],
  notes: [],
  evidence: [],
  sessions: [],
  plans: [],
  settings: [],
  userCards: [],
  reviews: [],
  customItems: [],
  itemOverlays: [],
  roadmaps: [],
  noteVersions: [],
});

/** Code-unit order, not localeCompare: the result must not depend on the user's locale. */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Copy of a table sorted by identity, so the same data always yields the same file. */
export function sortTable<T extends BackupTable>(table: T, records: readonly BackupRecord<T>[]): BackupRecord<T>[] {
  const idOf = RECORD_IDENTITY[table];
  return [...records].sort((a, b) => compareStrings(idOf(a), idOf(b)));
}

/** Every table sorted by identity, so the same data always yields the same file. */
export function sortTables(data: BackupData): BackupData {
  return {
    progress: sortTable('progress', data.progress),
    notes: sortTable('notes', data.notes),
    evidence: sortTable('evidence', data.evidence),
    sessions: sortTable('sessions', data.sessions),
    plans: sortTable('plans', data.plans),
    settings: sortTable('settings', data.settings),
    userCards: sortTable('userCards', data.userCards),
    reviews: sortTable('reviews', data.reviews),
    customItems: sortTable('customItems', data.customItems),
    itemOverlays: sortTable('itemOverlays', data.itemOverlays),
    roadmaps: sortTable('roadmaps', data.roadmaps),
    noteVersions: sortTable('noteVersions', data.noteVersions),
  };
}

/** Number of records over all tables. */
export const countRecords = (data: BackupData): number => BACKUP_TABLES.reduce((sum, table) => sum + data[table].length, 0);

/**
 * Deep copy with object keys sorted. Null-prototype objects, so a key such as `__proto__` in
 * unvalidated local data stays a plain key instead of re-pointing a prototype.
 */
function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value).sort(compareStrings)) {
      sorted[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
    }
    return sorted;
  }
  return value;
}

/** JSON with sorted keys: equal data gives equal text. Used for stable output and tie-breaking. */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeysDeep(value));

export interface BuildBackupOptions {
  appVersion: string;
  schemaVersion: number;
  now: number;
}

export function buildBackup(
  data: BackupData,
  { appVersion, schemaVersion, now }: BuildBackupOptions,
  needsAttention: readonly AttentionRecord[] = [],
): BackupFile {
  return {
    app: BACKUP_APP_ID,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    schemaVersion,
    exportedAt: now,
    data: sortTables(data),
    needsAttention: [...needsAttention].sort((a, b) => compareStrings(a.id, b.id)),
  };
}

/**
 * Pretty JSON with a fixed header order (app first, so a person opening the file sees what it is),
 * tables in BACKUP_TABLES order, records sorted by identity and record keys sorted.
 */
export function serializeBackup(file: BackupFile): string {
  const data = sortTables(file.data);
  const ordered = {
    app: file.app,
    formatVersion: file.formatVersion,
    appVersion: file.appVersion,
    schemaVersion: file.schemaVersion,
    exportedAt: file.exportedAt,
    data: Object.fromEntries(BACKUP_TABLES.map((table) => [table, sortKeysDeep(data[table])])),
    needsAttention: sortKeysDeep([...file.needsAttention].sort((a, b) => compareStrings(a.id, b.id))),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export const backupFileName = (now: number): string => `roadmap-backup-${localDayOf(now)}.json`;
