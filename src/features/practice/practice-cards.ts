import type { InterviewQuestion, Phase, Roadmap } from '../../content/types';
import type { UserCardRecord } from '../../domain/records';

/** A flashcard as practice shows it: built-in (never edited) or the user's own. */
export interface PracticeCard {
  id: string;
  phaseId: string;
  question: string;
  outline: readonly string[];
  isOwn: boolean;
}

/** Built-in cards in content order (roadmap questions, then the bank), then the user's cards. */
export function listPracticeCards(
  roadmap: Roadmap,
  bank: readonly InterviewQuestion[],
  userCards: readonly UserCardRecord[],
): PracticeCard[] {
  const cards: PracticeCard[] = [];
  const seen = new Set<string>();
  for (const question of [...roadmap.interviewQuestions, ...bank]) {
    if (seen.has(question.id)) continue;
    seen.add(question.id);
    cards.push({ id: question.id, phaseId: question.phaseId, question: question.question, outline: question.outline, isOwn: false });
  }
  for (const card of userCards) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    cards.push({ id: card.id, phaseId: card.phaseId, question: card.question, outline: card.outline, isOwn: true });
  }
  return cards;
}

/** "unlocks when you finish the first goal of phase 2 (…)" */
export function describeUnlock(phase: Phase): string {
  const goal = phase.goals[0];
  return goal
    ? `unlocks when you finish the first goal of phase ${phase.number}: “${goal.text}”`
    : `phase ${phase.number} has no goals, so its cards are always open`;
}

/** Midnight at the start of the user's local day containing `now`. */
export function startOfLocalDay(now: number): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}
