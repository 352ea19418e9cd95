/** Shapes of the persisted records. Shared by db (storage), backup (export/import) and features. */

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
}

/** Free-text note on any item. Plain text, never HTML. Tombstoned when cleared. */
export interface NoteRecord {
  key: string;
  roadmapId: string;
  itemId: string;
  text: string;
  updatedAt: number;
  deletedAt: number | null;
}

/** Evidence link on a milestone (http/https only). Tombstoned when removed. */
export interface EvidenceRecord {
  key: string;
  roadmapId: string;
  itemId: string;
  url: string;
  updatedAt: number;
  deletedAt: number | null;
}

/** A study session. Day is a calendar day `yyyy-MM-dd`, never an instant. */
export interface StudySessionRecord {
  id: string;
  roadmapId: string;
  day: string;
  minutes: number;
  phaseId: string | null;
  itemId: string | null;
  note: string;
  updatedAt: number;
  deletedAt: number | null;
}

export type PlanTarget = { mode: 'as-written' } | { mode: 'finish-by'; finishBy: string };

/** The study plan of one roadmap. Days are `yyyy-MM-dd`. */
export interface Plan {
  startDate: string;
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
}

/** Small key/value settings (e.g. last backup time, dismissed reminders). */
export interface SettingRecord {
  key: string;
  value: string | number | boolean | null;
  updatedAt: number;
}

export const progressKey = (roadmapId: string, itemId: string): string => `${roadmapId}/${itemId}`;
