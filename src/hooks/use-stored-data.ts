/**
 * Live reads the features share, gathered here so that no component queries the database itself.
 * Each returns undefined while loading and re-renders on every committed change (in this tab and
 * in others: Dexie broadcasts changes).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { listStoredRoadmaps } from '../db/roadmap-repo';
import { readSearchSources, type SearchSourceRecords } from '../db/search-repo';
import { listReviews, listUserCards } from '../db/cards-repo';
import { readRoadmapState } from '../db/progress-repo';
import { readBackupState, type BackupState } from '../db/backup-reminder-repo';
import type { ProgressRecord, ReviewRecord, StoredRoadmapRecord, UserCardRecord } from '../domain/records';

export function useStoredRoadmaps(): StoredRoadmapRecord[] | undefined {
  return useLiveQuery(() => listStoredRoadmaps(), []);
}

export function useSearchSources(roadmapId: string): SearchSourceRecords | undefined {
  return useLiveQuery(() => readSearchSources(roadmapId), [roadmapId]);
}

export interface PracticeRecords {
  userCards: UserCardRecord[];
  reviews: ReviewRecord[];
  progress: Map<string, ProgressRecord>;
}

export function usePracticeRecords(roadmapId: string): PracticeRecords | undefined {
  return useLiveQuery(async () => {
    const [userCards, reviews, state] = await Promise.all([listUserCards(roadmapId), listReviews(roadmapId), readRoadmapState(roadmapId)]);
    return { userCards, reviews, progress: state.progress };
  }, [roadmapId]);
}

export function useBackupState(): BackupState | undefined {
  return useLiveQuery(readBackupState, []);
}
