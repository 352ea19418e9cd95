/**
 * The stored records the views show, each kind read by one shared live query per roadmap
 * (shared-live.ts): a tick re-reads one roadmap's progress once, and components whose records did
 * not change keep the same objects (keep-unchanged.ts), so they do not render again.
 *
 * Without usable storage a read gives "nothing stored" (the storage banner says why, and every
 * write reports that it was not saved); with no IndexedDB at all a live query never answers, so the
 * known failure short-cuts it.
 */
import { useMemo } from 'react';
import {
  CHANGE_TABLES,
  listNoteVersions,
  listReviews,
  listSessions,
  listUserCards,
  readBackupSettings,
  readEvidence,
  readLastChange,
  readNotes,
  readOverlaySources,
  readOwnItemTitles,
  readPlan,
  readProgress,
  readProgressKeys,
  type BackupState,
  type ChangeTable,
  type OverlaySources,
  type RoadmapState,
} from '../db/queries';
import { classifyStorageError } from '../db/storage-errors';
import { keepUnchangedList, keepUnchangedLists, keepUnchangedRecords } from '../domain/keep-unchanged';
import type { PlanRecord, ProgressRecord, ReviewRecord, StudySessionRecord, UserCardRecord } from '../domain/records';
import { useUiStore } from '../store/ui-store';
import { sourcesById, subscribeShared, updateShared } from '../db/shared-live';
import { compareHlc } from '../domain/hlc';
import { useSharedLive, useSharedLiveAll } from './use-shared-live';

/** A read that gives `empty` when storage is unavailable (private mode, disabled), and throws otherwise. */
const orEmptyWhenUnavailable =
  <T>(read: () => Promise<T>, empty: T) =>
  () =>
    read().catch((error: unknown) => {
      if (classifyStorageError(error).kind === 'unavailable') return empty;
      throw error;
    });

const EMPTY_MAP = new Map<never, never>();
const NO_OVERLAY: OverlaySources = { customItems: [], overlays: [] };

const sources = {
  progress: sourcesById<RoadmapState['progress']>((roadmapId) => ({
    key: `progress:${roadmapId}`,
    read: orEmptyWhenUnavailable(() => readProgress(roadmapId), EMPTY_MAP),
    keep: keepUnchangedRecords,
    // A tick reads back its one record, not the roadmap's thousand.
    changes: { table: 'progress', keyPrefix: `${roadmapId}/`, apply: (progress, keys) => readProgressKeys(roadmapId, progress, keys) },
  })),
  notes: sourcesById<RoadmapState['notes']>((roadmapId) => ({
    key: `notes:${roadmapId}`,
    read: orEmptyWhenUnavailable(() => readNotes(roadmapId), EMPTY_MAP),
    keep: keepUnchangedRecords,
  })),
  evidence: sourcesById<RoadmapState['evidence']>((roadmapId) => ({
    key: `evidence:${roadmapId}`,
    read: orEmptyWhenUnavailable(() => readEvidence(roadmapId), EMPTY_MAP),
    keep: keepUnchangedRecords,
  })),
  noteVersions: sourcesById<RoadmapState['noteVersions']>((roadmapId) => ({
    key: `noteVersions:${roadmapId}`,
    read: orEmptyWhenUnavailable(() => listNoteVersions(roadmapId), EMPTY_MAP),
    keep: keepUnchangedLists,
  })),
  overlay: sourcesById<OverlaySources>((roadmapId) => ({
    key: `overlay:${roadmapId}`,
    // An overlay that cannot be read shows the roadmap as it is.
    read: () => readOverlaySources(roadmapId).catch(() => NO_OVERLAY),
    keep: (previous, next) =>
      previous &&
      keepUnchangedList(previous.customItems, next.customItems) === previous.customItems &&
      keepUnchangedList(previous.overlays, next.overlays) === previous.overlays
        ? previous
        : next,
  })),
  sessions: sourcesById<StudySessionRecord[]>((roadmapId) => ({
    key: `sessions:${roadmapId}`,
    read: () => listSessions(roadmapId),
    keep: keepUnchangedList,
  })),
  userCards: sourcesById<UserCardRecord[]>((roadmapId) => ({
    key: `userCards:${roadmapId}`,
    read: () => listUserCards(roadmapId),
    keep: keepUnchangedList,
  })),
  reviews: sourcesById<ReviewRecord[]>((roadmapId) => ({
    key: `reviews:${roadmapId}`,
    read: () => listReviews(roadmapId),
    keep: keepUnchangedList,
  })),
  plan: sourcesById<{ record: PlanRecord | null }>((roadmapId) => ({
    key: `plan:${roadmapId}`,
    read: async () => ({ record: (await readPlan(roadmapId)) ?? null }),
    keep: (previous, next) => (previous && previous.record?.hlc === next.record?.hlc ? previous : next),
  })),
  ownItemTitles: sourcesById<Map<string, string>>((roadmapId) => ({
    key: `ownItemTitles:${roadmapId}`,
    read: () => readOwnItemTitles(roadmapId),
  })),
  /** The latest change of one table, for the backup reminder: a write re-reads its own table's only. */
  lastChange: sourcesById<{ at: number | null }>((table) => ({
    key: `lastChange:${table}`,
    read: async () => ({ at: await readLastChange(table as ChangeTable) }),
    keep: (previous, next) => (previous?.at === next.at ? previous : next),
  })),
  backupSettings: sourcesById<Pick<BackupState, 'lastBackupAt' | 'dismissedAt'>>((id) => ({
    key: `backupSettings:${id}`,
    read: readBackupSettings,
    keep: (previous, next) => (previous?.lastBackupAt === next.lastBackupAt && previous.dismissedAt === next.dismissedAt ? previous : next),
  })),
};

const ignore = () => {};

/**
 * Starts the reads a roadmap's views need before anything shows them (kept for the shared
 * queries' linger time): for an imported roadmap they run while its document is read and checked.
 */
export function prefetchRoadmapRecords(roadmapId: string): void {
  const stops = [
    subscribeShared(sources.progress(roadmapId), ignore),
    subscribeShared(sources.notes(roadmapId), ignore),
    subscribeShared(sources.evidence(roadmapId), ignore),
    subscribeShared(sources.noteVersions(roadmapId), ignore),
    subscribeShared(sources.overlay(roadmapId), ignore),
  ];
  for (const stop of stops) stop();
}

/**
 * Shows a committed status change in the roadmap's progress at once (see updateShared). A record
 * already there with a later stamp (another tab's or a sync's newer change, read back first) wins.
 */
export function showCommittedProgress(record: ProgressRecord): void {
  updateShared<RoadmapState['progress']>(sources.progress(record.roadmapId).key, (progress) => {
    const known = progress.get(record.itemId);
    if (known !== undefined && compareHlc(known.hlc, record.hlc) >= 0) return progress;
    return new Map(progress).set(record.itemId, record);
  });
}

/** What shows when IndexedDB is missing altogether (one object, so memos hold). */
const NOTHING_STORED: RoadmapState = { progress: EMPTY_MAP, notes: EMPTY_MAP, evidence: EMPTY_MAP, noteVersions: EMPTY_MAP };

const useIsUnavailable = () => useUiStore((state) => state.storage.state === 'unavailable');

/** Progress of a roadmap by item id; undefined while loading. */
export function useProgress(roadmapId: string): RoadmapState['progress'] | undefined {
  const progress = useSharedLive(sources.progress(roadmapId));
  return useIsUnavailable() ? (progress ?? NOTHING_STORED.progress) : progress;
}

/**
 * Live progress, notes, evidence and other note versions of a roadmap, re-rendering on every
 * committed change, in this tab and in others (Dexie broadcasts changes). The object changes only
 * when one of its parts does. Undefined while loading.
 */
export function useRoadmapState(roadmapId: string): RoadmapState | undefined {
  const progress = useSharedLive(sources.progress(roadmapId));
  const notes = useSharedLive(sources.notes(roadmapId));
  const evidence = useSharedLive(sources.evidence(roadmapId));
  const noteVersions = useSharedLive(sources.noteVersions(roadmapId));
  const isUnavailable = useIsUnavailable();
  return useMemo(() => {
    if (!progress || !notes || !evidence || !noteVersions) return isUnavailable ? NOTHING_STORED : undefined;
    return { progress, notes, evidence, noteVersions };
  }, [progress, notes, evidence, noteVersions, isUnavailable]);
}

/** The person's own items and hidden items of a roadmap; undefined while loading. */
export function useOverlaySources(roadmapId: string): OverlaySources | undefined {
  const overlay = useSharedLive(sources.overlay(roadmapId));
  return useIsUnavailable() ? (overlay ?? NO_OVERLAY) : overlay;
}

/** Live study sessions of a roadmap, newest first; undefined while loading. */
export const useSessions = (roadmapId: string): StudySessionRecord[] | undefined => useSharedLive(sources.sessions(roadmapId));

/** The person's own interview cards of a roadmap, by question; undefined while loading. */
export const useUserCards = (roadmapId: string): UserCardRecord[] | undefined => useSharedLive(sources.userCards(roadmapId));

/** The scheduler state of every reviewed card of a roadmap; undefined while loading. */
export const useReviews = (roadmapId: string): ReviewRecord[] | undefined => useSharedLive(sources.reviews(roadmapId));

/** The stored plan: undefined while loading, null when the person has not made one. */
export function usePlan(roadmapId: string): PlanRecord | null | undefined {
  return useSharedLive(sources.plan(roadmapId))?.record;
}

const LAST_CHANGE_SOURCES = CHANGE_TABLES.map((table) => sources.lastChange(table));

/** When this device last exported a backup, when a backed-up record last changed, and when the reminder was dismissed. */
export function useBackupState(): BackupState | undefined {
  const settings = useSharedLive(sources.backupSettings('device'));
  const changes = useSharedLiveAll(LAST_CHANGE_SOURCES);
  const lastChangeAt = changes.some((change) => change === undefined)
    ? undefined
    : Math.max(...changes.map((change) => change?.at ?? -Infinity));
  return useMemo(() => {
    if (!settings || lastChangeAt === undefined) return undefined;
    return { ...settings, lastChangeAt: Number.isFinite(lastChangeAt) ? lastChangeAt : null };
  }, [settings, lastChangeAt]);
}

/** The text of every own item of a roadmap, removed ones included; undefined while loading. */
export const useOwnItemTitles = (roadmapId: string): Map<string, string> | undefined => useSharedLive(sources.ownItemTitles(roadmapId));
