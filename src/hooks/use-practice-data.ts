import { useMemo } from 'react';
import type { Roadmap } from '../content/types';
import type { ReviewRecord } from '../domain/records';
import { listUnlockedPhaseIds, selectUnlockedCards, summarizeDue, type DueSummary } from '../domain/review-due';
import { useNow } from './use-now';
import { useQuestionBank } from './use-question-bank';
import { useProgress, useReviews, useUserCards } from './use-live-records';
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
  const userCards = useUserCards(roadmap.id);
  const reviews = useReviews(roadmap.id);
  const progress = useProgress(roadmap.id);
  const cards = useMemo(() => (bank && userCards ? listPracticeCards(roadmap, bank, userCards) : undefined), [roadmap, bank, userCards]);
  // A tick changes the progress; the unlocked phases (and what depends on them) only when a phase's first goal changes.
  const unlockedKey = progress ? [...listUnlockedPhaseIds(roadmap.phases, (itemId) => progress.get(itemId)?.status)].join('\n') : null;
  const unlockedPhaseIds = useMemo(
    () => (unlockedKey === null ? undefined : new Set(unlockedKey ? unlockedKey.split('\n') : [])),
    [unlockedKey],
  );
  return useMemo(
    () => (cards && reviews && unlockedPhaseIds ? { cards, reviews, unlockedPhaseIds } : undefined),
    [cards, reviews, unlockedPhaseIds],
  );
}

/** How many interview cards are due now (unlocked phases only, new cards capped per day); undefined while loading. */
export function useDueSummary(roadmap: Roadmap): DueSummary | undefined {
  const data = usePracticeData(roadmap);
  const now = useNow();
  return useMemo(() => {
    if (!data) return undefined;
    const unlocked = selectUnlockedCards(data.cards, data.unlockedPhaseIds);
    return summarizeDue(
      data.reviews,
      unlocked.map((card) => card.id),
      now,
      { startOfDay: startOfLocalDay(now) },
    );
  }, [data, now]);
}
