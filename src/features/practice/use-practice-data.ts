import type { Roadmap } from '../../content/types';
import type { ReviewRecord } from '../../domain/records';
import { listUnlockedPhaseIds } from '../../domain/review-due';
import { useQuestionBank } from '../../hooks/use-question-bank';
import { usePracticeRecords } from '../../hooks/use-stored-data';
import { listPracticeCards, type PracticeCard } from './practice-cards';

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
