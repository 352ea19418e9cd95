import type { InterviewQuestion, Phase, Roadmap } from '../content/types';
import type { UserCardRecord } from './records';

/** A flashcard as practice shows it: built-in (never edited) or the user's own. */
export interface PracticeCard {
  id: string;
  phaseId: string;
  question: string;
  outline: readonly string[];
  isOwn: boolean;
  /** Built-in questions say the seniority they suit. */
  level?: InterviewQuestion['level'];
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
    cards.push({
      id: question.id,
      phaseId: question.phaseId,
      question: question.question,
      outline: question.outline,
      isOwn: false,
      level: question.level,
    });
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

/**
 * An interview drill: `count` cards drawn at random from all of them (any phase, locked or not),
 * each at most once. `random` returns numbers in [0, 1), like Math.random; tests pass a seeded one.
 */
export function pickDrill<C>(cards: readonly C[], count: number, random: () => number): C[] {
  const pool = [...cards];
  const size = Math.max(0, Math.min(Math.floor(count), pool.length));
  // A partial Fisher–Yates shuffle: the first `size` places are a uniform random sample.
  for (let index = 0; index < size; index += 1) {
    const pick = index + Math.floor(random() * (pool.length - index));
    const chosen = pool[pick] as C;
    pool[pick] = pool[index] as C;
    pool[index] = chosen;
  }
  return pool.slice(0, size);
}

/**
 * Practising one phase now, whatever the daily queue says: its due cards first (oldest due first),
 * then the ones not yet reviewed, then the rest by how soon they are due.
 */
export function orderPhaseCards<C extends { id: string; phaseId: string }>(
  cards: readonly C[],
  phaseId: string,
  dueById: ReadonlyMap<string, number>,
  now: number,
): C[] {
  const rank = (card: C): [number, number] => {
    const due = dueById.get(card.id);
    if (due === undefined) return [1, 0];
    return due <= now ? [0, due] : [2, due];
  };
  return cards
    .map((card, order) => ({ card, order, rank: rank(card) }))
    .filter((entry) => entry.card.phaseId === phaseId)
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
    .map((entry) => entry.card);
}
