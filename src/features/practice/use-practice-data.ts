import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { InterviewQuestion, Roadmap } from '../../content/types';
import { listReviews, listUserCards } from '../../db/cards-repo';
import { readRoadmapState } from '../../db/progress-repo';
import type { ReviewRecord } from '../../domain/records';
import { listUnlockedPhaseIds } from '../../domain/review-due';
import { hasQuestionBank, loadQuestionBank } from '../../content/question-bank';
import { listPracticeCards, type PracticeCard } from './practice-cards';

export interface PracticeData {
  cards: PracticeCard[];
  reviews: ReviewRecord[];
  /** Phases whose first goal is done (their cards are in the reviews). */
  unlockedPhaseIds: Set<string>;
}

function useQuestionBank(roadmapId: string): readonly InterviewQuestion[] | undefined {
  const [loaded, setLoaded] = useState<{ roadmapId: string; bank: InterviewQuestion[] } | null>(null);
  const needsBank = hasQuestionBank(roadmapId);
  useEffect(() => {
    if (!needsBank) return;
    let isCurrent = true;
    void loadQuestionBank(roadmapId).then((bank) => {
      if (isCurrent) setLoaded({ roadmapId, bank });
    });
    return () => {
      isCurrent = false;
    };
  }, [roadmapId, needsBank]);
  if (!needsBank) return [];
  return loaded?.roadmapId === roadmapId ? loaded.bank : undefined;
}

/** Cards, their stored reviews and the unlocked phases, live from IndexedDB. Undefined while loading. */
export function usePracticeData(roadmap: Roadmap): PracticeData | undefined {
  const bank = useQuestionBank(roadmap.id);
  const stored = useLiveQuery(async () => {
    const [userCards, reviews, state] = await Promise.all([
      listUserCards(roadmap.id),
      listReviews(roadmap.id),
      readRoadmapState(roadmap.id),
    ]);
    return { userCards, reviews, progress: state.progress };
  }, [roadmap.id]);
  if (!stored || !bank) return undefined;
  return {
    cards: listPracticeCards(roadmap, bank, stored.userCards),
    reviews: stored.reviews,
    unlockedPhaseIds: listUnlockedPhaseIds(roadmap.phases, (itemId) => stored.progress.get(itemId)?.status),
  };
}
