import type { Roadmap } from '../content/types';
import type { ReviewRecord } from '../domain/records';
import { listUnlockedPhaseIds, selectUnlockedCards, summarizeDue, type DueSummary } from '../domain/review-due';
import { useNow } from './use-now';
import { useQuestionBank } from './use-question-bank';
import { usePracticeRecords } from './use-stored-data';
import { listPracticeCards, startOfLocalDay, type PracticeCard } from '../domain/practice-cards';

export interface PracticeData {
  cards: PracticeCard[];
  reviews: ReviewRecord[];
  /** Phases whose first goal is done (their cards are in the reviews). */
  unlockedPhaseIds: Set<string>;
}

/** Cards, their stored reviews and the unlocked phases, live from IndexedDB. Undefined while loading. */
export function usePracticeData(roadmap: Roadmap): PracticeData | undefined {
  const bank = useQuestionBank(roadmap.id);
  const stored = usePracticeRecords(roadmap.id);
  if (!stored || !bank) return undefined;
  return {
    cards: listPracticeCards(roadmap, bank, stored.userCards),
    reviews: stored.reviews,
    unlockedPhaseIds: listUnlockedPhaseIds(roadmap.phases, (itemId) => stored.progress.get(itemId)?.status),
  };
}

/** How many interview cards are due now (unlocked phases only, new cards capped per day); undefined while loading. */
export function useDueSummary(roadmap: Roadmap): DueSummary | undefined {
  const data = usePracticeData(roadmap);
  const now = useNow();
  if (!data) return undefined;
  const unlocked = selectUnlockedCards(data.cards, data.unlockedPhaseIds);
  return summarizeDue(
    data.reviews,
    unlocked.map((card) => card.id),
    now,
    { startOfDay: startOfLocalDay(now) },
  );
}
