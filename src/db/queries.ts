/**
 * The reads the views show, apart from the writes: the first view loads these (and Dexie) only,
 * while the repositories' writes load with the commands that use them. The repositories re-export
 * their reads from here. Every function here only reads, and is meant for a live query.
 */
import { db } from './database';
import type {
  CustomItemRecord,
  EvidenceRecord,
  ItemOverlayRecord,
  NoteRecord,
  NoteVersionRecord,
  PlanRecord,
  ProgressRecord,
  ReviewRecord,
  StoredRoadmapRecord,
  StudySessionRecord,
  UserCardRecord,
} from '../domain/records';
import { isConsistentTimer, type StudyTimer } from '../domain/study-timer';
import type { BackupState } from '../domain/backup/reminder';

export type { BackupState };

// Progress, notes, evidence and other note versions.

/** Everything the tracker shows for one roadmap, keyed by item id. */
export interface RoadmapState {
  progress: Map<string, ProgressRecord>;
  notes: Map<string, NoteRecord>;
  evidence: Map<string, EvidenceRecord>;
  /** Other versions of notes (edited in two places), by item id, oldest first. */
  noteVersions: Map<string, NoteVersionRecord[]>;
}

/** What shows when nothing is stored (or storage is unavailable). */
export const EMPTY_ROADMAP_STATE: RoadmapState = { progress: new Map(), notes: new Map(), evidence: new Map(), noteVersions: new Map() };

// Keys are `${roadmapId}/${itemId}` and roadmap ids never contain '/': a primary-key prefix range
// selects exactly this roadmap, and is cheaper for live queries to track than a secondary index.
const keysOf = (roadmapId: string) => `${roadmapId}/`;

/** The progress of one roadmap by item id (use inside a live query). */
export async function readProgress(roadmapId: string): Promise<Map<string, ProgressRecord>> {
  const rows = await db.progress.where('key').startsWith(keysOf(roadmapId)).toArray();
  return new Map(rows.map((record) => [record.itemId, record]));
}

/**
 * The progress map with the records now stored under `keys` (primary keys of one roadmap's
 * progress): changed ones replaced, removed ones dropped; the same map when nothing changed.
 */
export async function readProgressKeys(
  roadmapId: string,
  progress: Map<string, ProgressRecord>,
  keys: readonly string[],
): Promise<Map<string, ProgressRecord>> {
  const records = await db.progress.bulkGet([...keys]);
  const prefixLength = keysOf(roadmapId).length;
  let next = progress;
  const change = () => (next === progress ? (next = new Map(progress)) : next);
  keys.forEach((key, index) => {
    const record = records[index];
    const itemId = key.slice(prefixLength);
    const known = progress.get(itemId);
    if (record === undefined) {
      if (known !== undefined) change().delete(itemId);
    } else if (known?.hlc !== record.hlc) change().set(itemId, record);
  });
  return next;
}

/** The live (not removed) notes of one roadmap by item id (use inside a live query). */
export async function readNotes(roadmapId: string): Promise<Map<string, NoteRecord>> {
  const rows = await db.notes.where('key').startsWith(keysOf(roadmapId)).toArray();
  return new Map(rows.filter((note) => note.deletedAt === null).map((note) => [note.itemId, note]));
}

/** The live evidence links of one roadmap by item id (use inside a live query). */
export async function readEvidence(roadmapId: string): Promise<Map<string, EvidenceRecord>> {
  const rows = await db.evidence.where('key').startsWith(keysOf(roadmapId)).toArray();
  return new Map(rows.filter((link) => link.deletedAt === null).map((link) => [link.itemId, link]));
}

/** Reads the progress, live notes, live evidence and other note versions of one roadmap at once. */
export async function readRoadmapState(roadmapId: string): Promise<RoadmapState> {
  const [progress, notes, evidence, noteVersions] = await Promise.all([
    readProgress(roadmapId),
    readNotes(roadmapId),
    readEvidence(roadmapId),
    listNoteVersions(roadmapId),
  ]);
  return { progress, notes, evidence, noteVersions };
}

/** The other versions of a note (edited in two places), oldest first. Use inside useLiveQuery. */
export async function listNoteVersions(roadmapId: string): Promise<Map<string, NoteVersionRecord[]>> {
  const rows = await db.noteVersions.where('noteKey').startsWith(`${roadmapId}/`).toArray();
  const byItem = new Map<string, NoteVersionRecord[]>();
  for (const row of rows.sort((a, b) => (a.hlc < b.hlc ? -1 : 1))) {
    if (row.deletedAt !== null && row.text === '') continue;
    byItem.set(row.itemId, [...(byItem.get(row.itemId) ?? []), row]);
  }
  return byItem;
}

// Own items and hidden items.

export interface OverlaySources {
  customItems: CustomItemRecord[];
  overlays: ItemOverlayRecord[];
}

/** The user's own items and hidden-item overlays of a roadmap (use inside useLiveQuery). */
export async function readOverlaySources(roadmapId: string): Promise<OverlaySources> {
  const [customItems, overlays] = await Promise.all([
    db.customItems.where('roadmapId').equals(roadmapId).toArray(),
    db.itemOverlays.where('roadmapId').equals(roadmapId).toArray(),
  ]);
  return {
    customItems: customItems.filter((item) => item.deletedAt === null),
    overlays: overlays.filter((overlay) => overlay.deletedAt === null),
  };
}

// The study log, the plan, interview cards.

/** Live (not deleted) sessions of a roadmap, newest day first. */
export async function listSessions(roadmapId: string): Promise<StudySessionRecord[]> {
  const rows = await db.sessions.where('roadmapId').equals(roadmapId).toArray();
  return rows
    .filter((row) => row.deletedAt === null)
    .sort((a, b) => (a.day === b.day ? b.updatedAt - a.updatedAt : a.day < b.day ? 1 : -1));
}

/** The stored plan of a roadmap, or undefined when the person has not set one (or removed it). */
export async function readPlan(roadmapId: string): Promise<PlanRecord | undefined> {
  const record = await db.plans.get(roadmapId);
  return record && record.deletedAt === null ? record : undefined;
}

/** The user's live (not deleted) cards of a roadmap, by question. */
export async function listUserCards(roadmapId: string): Promise<UserCardRecord[]> {
  const rows = await db.userCards.where('roadmapId').equals(roadmapId).toArray();
  return rows.filter((row) => row.deletedAt === null).sort((a, b) => a.question.localeCompare(b.question));
}

/** Every stored review state of a roadmap (built-in and user cards, deleted ones included). */
export async function listReviews(roadmapId: string): Promise<ReviewRecord[]> {
  return db.reviews.where('roadmapId').equals(roadmapId).toArray();
}

// The study timer of this device (device-local table).

export const TIMER_KEY = 'studyTimer';

export function parseTimer(value: unknown): StudyTimer | null {
  if (typeof value !== 'string') return null;
  try {
    const timer = JSON.parse(value) as StudyTimer;
    return timer && typeof timer === 'object' && Array.isArray(timer.pauses) && isConsistentTimer(timer) ? timer : null;
  } catch {
    return null;
  }
}

/** The timer of this device, or null. Use inside useLiveQuery. */
export async function readTimer(): Promise<StudyTimer | null> {
  return parseTimer((await db.device.get(TIMER_KEY))?.value);
}

// The backup reminder (device-local settings, and the latest change a backup would hold).
export const LAST_BACKUP_SETTING = 'lastBackupAt';
export const REMINDER_DISMISSED_SETTING = 'backupReminderDismissedAt';

const asTime = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The tables whose changes a backup holds, as the reminder counts them (settings and reviews left out). */
export const CHANGE_TABLES = [
  'progress',
  'notes',
  'evidence',
  'sessions',
  'userCards',
  'customItems',
  'roadmaps',
  'plans',
  'itemOverlays',
] as const;
export type ChangeTable = (typeof CHANGE_TABLES)[number];

/** The latest updatedAt in one table, or null when it is empty (use inside a live query). */
export async function readLastChange(table: ChangeTable): Promise<number | null> {
  if (table === 'plans' || table === 'itemOverlays') {
    // No updatedAt index here; there are few (one plan per roadmap, a handful of hidden items).
    const rows = await db.table<{ updatedAt: number }>(table).toArray();
    return rows.length > 0 ? Math.max(...rows.map((row) => row.updatedAt)) : null;
  }
  const last = await db.table<{ updatedAt: number }>(table).orderBy('updatedAt').last();
  return last ? last.updatedAt : null;
}

/** The reminder's own two settings (use inside a live query). */
export async function readBackupSettings(): Promise<Pick<BackupState, 'lastBackupAt' | 'dismissedAt'>> {
  const [lastBackup, dismissed] = await Promise.all([db.settings.get(LAST_BACKUP_SETTING), db.settings.get(REMINDER_DISMISSED_SETTING)]);
  return { lastBackupAt: asTime(lastBackup?.value), dismissedAt: asTime(dismissed?.value) };
}

/**
 * What the backup reminder needs, in one read. The view reads the parts as separate live queries
 * (a tick re-reads the latest progress change only); this one is for the backup code and tests.
 */
export async function readBackupState(): Promise<BackupState> {
  const [settings, ...times] = await Promise.all([readBackupSettings(), ...CHANGE_TABLES.map(readLastChange)]);
  const known = times.filter((time): time is number => time !== null);
  return { ...settings, lastChangeAt: known.length > 0 ? Math.max(...known) : null };
}

// The followed roadmap and imported roadmaps.
export const ACTIVE_ROADMAP_SETTING = 'activeRoadmapId';

/** The id of the roadmap the user is following, or undefined for the default one. */
export async function readActiveRoadmapId(): Promise<string | undefined> {
  const setting = await db.settings.get(ACTIVE_ROADMAP_SETTING);
  return setting?.deletedAt === null && typeof setting.value === 'string' ? setting.value : undefined;
}

const HINT_KEY = 'roadmap-tracker.active-roadmap';

/**
 * A synchronous hint of the followed roadmap, so the first view can start reading progress
 * before the settings read answers. IndexedDB stays the truth; the hint is only a guess.
 */
export function readActiveRoadmapHint(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(HINT_KEY);
  } catch {
    return null;
  }
}

export function rememberActiveRoadmapHint(roadmapId: string): void {
  try {
    if (typeof localStorage !== 'undefined' && localStorage.getItem(HINT_KEY) !== roadmapId) localStorage.setItem(HINT_KEY, roadmapId);
  } catch {
    // Storage blocked: the hint is an optimisation only.
  }
}

export async function readStoredRoadmap(roadmapId: string): Promise<StoredRoadmapRecord | undefined> {
  const record = await db.roadmaps.get(roadmapId);
  return record && record.deletedAt === null ? record : undefined;
}

/** Imported roadmaps, without their (possibly large) documents' details resolved. */
export async function listStoredRoadmaps(): Promise<StoredRoadmapRecord[]> {
  return (await db.roadmaps.toArray()).filter((record) => record.deletedAt === null);
}

/** The text of every own item of a roadmap by id, removed ones included (to name retired items). */
export async function readOwnItemTitles(roadmapId: string): Promise<Map<string, string>> {
  const rows = await db.customItems.where('roadmapId').equals(roadmapId).toArray();
  return new Map(rows.map((row) => [row.id, row.text]));
}
