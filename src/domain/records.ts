/**
 * Shapes of the persisted records. Shared by db (storage), backup (export/import), sync and features.
 *
 * Every record carries `updatedAt` (epoch ms, for people and for backups) and `hlc`, the hybrid
 * logical clock stamp of its last write (hlc.ts), which orders versions of a record across devices.
 * Removable kinds are tombstoned (`deletedAt`) rather than deleted.
 */
import type { CalendarDay } from './calendar-day';

/** The clock fields every stored record carries. */
export interface Stamped {
  updatedAt: number;
  hlc: string;
}

export type ItemStatus = 'not-started' | 'in-progress' | 'done' | 'skipped';

export const ITEM_STATUSES: readonly ItemStatus[] = ['not-started', 'in-progress', 'done', 'skipped'];

/** Status of one goal, resource ("studied" = done) or milestone. Keyed by `${roadmapId}/${itemId}`. */
export interface ProgressRecord {
  key: string;
  roadmapId: string;
  itemId: string;
  status: ItemStatus;
  /** Epoch ms when the item last became done; null otherwise. Feeds the burn-up chart. */
  doneAt: number | null;
  updatedAt: number;
  hlc: string;
}

/** Free-text note on any item. Plain text, never HTML. Tombstoned when cleared. */
export interface NoteRecord {
  key: string;
  roadmapId: string;
  itemId: string;
  text: string;
  updatedAt: number;
  deletedAt: number | null;
  hlc: string;
  /**
   * Stamps of the versions this one was built on, newest first (at most 50): how a merge tells a
   * note edited on two devices (keep both) from one that is simply older (domain/sync/note-versions.ts).
   */
  ancestors: string[];
}

/**
 * Another version of a note, kept because the note was edited elsewhere too (another tab or
 * device) before the two met: the newer is the note, this one can be looked at and restored.
 * Keyed `${noteKey}@${hlc}`.
 */
export interface NoteVersionRecord extends Omit<NoteRecord, 'key'> {
  key: string;
  noteKey: string;
  /** The device that wrote it. */
  deviceId: string;
}

/** Evidence link on a milestone (http/https only). Tombstoned when removed. */
export interface EvidenceRecord {
  key: string;
  roadmapId: string;
  itemId: string;
  url: string;
  updatedAt: number;
  deletedAt: number | null;
  hlc: string;
}

/** A study session. Day is a calendar day `yyyy-MM-dd`, never an instant. */
export interface StudySessionRecord {
  id: string;
  roadmapId: string;
  day: CalendarDay;
  minutes: number;
  phaseId: string | null;
  itemId: string | null;
  note: string;
  updatedAt: number;
  deletedAt: number | null;
  hlc: string;
}

export type PlanTarget = { mode: 'as-written' } | { mode: 'finish-by'; finishBy: CalendarDay };

/** The study plan of one roadmap. Days are `yyyy-MM-dd`. */
export interface Plan {
  startDate: CalendarDay;
  target: PlanTarget;
  hoursPerWeek: number | null;
  /** Phase id -> length in days, overriding the roadmap's weeks. */
  phaseDays: Record<string, number>;
}

export interface PlanRecord {
  roadmapId: string;
  plan: Plan;
  /** The plan before the last re-plan, so it can be undone. */
  previous: Plan | null;
  updatedAt: number;
  /** A removed plan (the roadmap is followed without dates again). */
  deletedAt: number | null;
  hlc: string;
}

/** Small key/value settings (e.g. last backup time, dismissed reminders). */
export interface SettingRecord {
  key: string;
  value: string | number | boolean | null;
  updatedAt: number;
  deletedAt: number | null;
  hlc: string;
}

export const progressKey = (roadmapId: string, itemId: string): string => `${roadmapId}/${itemId}`;

/** A restore point: a full copy of the user's data kept inside IndexedDB. */
export interface SnapshotRecord {
  id?: number;
  createdAt: number;
  /** Why it was taken, e.g. 'daily' or 'before-import'. */
  reason: string;
  sizeBytes: number;
  /** The serialized backup (same format as an exported file). */
  data: string;
}

/** A flashcard the user wrote (built-in cards come from content and are never edited in place). */
export interface UserCardRecord {
  id: string;
  roadmapId: string;
  phaseId: string;
  question: string;
  outline: string[];
  updatedAt: number;
  deletedAt: number | null;
  hlc: string;
}

/** Spaced-repetition state of one card (built-in or the user's), as the scheduler library stores it. */
export interface ReviewRecord {
  key: string;
  roadmapId: string;
  cardId: string;
  /** Due time in epoch ms, indexed so due counts are cheap. */
  due: number;
  /** The scheduler's card state, JSON-safe (dates as epoch ms). */
  state: Record<string, number | string | null>;
  updatedAt: number;
  hlc: string;
}

/** The user's own goal or resource in a phase: an overlay on top of built-in content. */
export interface CustomItemRecord {
  id: string;
  roadmapId: string;
  phaseId: string;
  kind: 'goal' | 'resource';
  text: string;
  url: string | null;
  /** Sort position among the phase's items of this kind (built-ins keep their content order). */
  order: number;
  updatedAt: number;
  deletedAt: number | null;
  hlc: string;
}

/** Hides (or, with isHidden false, restores) a built-in item without editing content. */
export interface ItemOverlayRecord {
  key: string;
  roadmapId: string;
  itemId: string;
  isHidden: boolean;
  updatedAt: number;
  /** Restoring a hidden item tombstones its overlay. */
  deletedAt: number | null;
  hlc: string;
}

/** A roadmap imported from a file; its JSON passed the roadmap schema before it was stored. */
export interface StoredRoadmapRecord {
  id: string;
  /** The validated roadmap document (see docs/roadmap-format.md). */
  roadmap: unknown;
  importedAt: number;
  updatedAt: number;
  deletedAt: number | null;
  hlc: string;
}

/**
 * A stored record that no longer passes its schema (written by an older version, or damaged): kept
 * aside instead of blocking export, shown under "Needs attention" in the Data view, exported in
 * the backup's own `needsAttention` list, and fixed or deleted from there.
 */
export interface AttentionRecord {
  /** `${table}:${identity}`, or `${table}:#n` when the record has no readable identity. */
  id: string;
  table: string;
  /** The record as it was found, untouched. */
  record: unknown;
  /** Why it was set aside, as a sentence. */
  problem: string;
  detectedAt: number;
}
