/**
 * Spaced repetition for interview cards, scheduled by ts-fsrs (FSRS). Only lazily loaded code may
 * import this file: it pulls the library in. First-load code counts due cards with review-due.ts.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { remainingNewCards, selectUnlockedCards, type DueOptions } from './review-due';

export { selectUnlockedCards };

export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';

/** The four answers, in button order (keys 1–4). */
export const REVIEW_GRADES: readonly ReviewGrade[] = ['again', 'hard', 'good', 'easy'];

export type ReviewStateName = 'New' | 'Learning' | 'Review' | 'Relearning';

/**
 * The library's card, JSON-safe: dates as epoch ms, the state by name. Field names follow ts-fsrs so
 * a stored state reads like the library's documentation. `first_review` is ours (the daily new-card
 * allowance). A type alias, not an interface, so it fits ReviewRecord['state'].
 */
export type ReviewState = {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: ReviewStateName;
  last_review: number | null;
  first_review: number | null;
};

// Library defaults (FSRS-6 weights, 90% retention, 1m/10m learning steps); no fuzz, so the same
// answers at the same times always give the same schedule.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const GRADE_TO_RATING: Record<ReviewGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const STATE_BY_NAME: Record<ReviewStateName, State> = {
  New: State.New,
  Learning: State.Learning,
  Review: State.Review,
  Relearning: State.Relearning,
};

const NAME_BY_STATE: Record<State, ReviewStateName> = {
  [State.New]: 'New',
  [State.Learning]: 'Learning',
  [State.Review]: 'Review',
  [State.Relearning]: 'Relearning',
};

function toCard(state: ReviewState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsed_days,
    scheduled_days: state.scheduled_days,
    learning_steps: state.learning_steps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_BY_NAME[state.state],
    last_review: state.last_review === null ? undefined : new Date(state.last_review),
  };
}

function fromCard(card: Card, firstReview: number | null): ReviewState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: NAME_BY_STATE[card.state],
    last_review: card.last_review ? card.last_review.getTime() : null,
    first_review: firstReview,
  };
}

/** The state of a card never reviewed, due at `now`. */
export function createReviewState(now: number): ReviewState {
  return fromCard(createEmptyCard(new Date(now)), null);
}

/** The card's next state after the user answered `grade` at `now`. */
export function gradeCard(state: ReviewState, grade: ReviewGrade, now: number): ReviewState {
  const { card } = scheduler.next(toCard(state), new Date(now), GRADE_TO_RATING[grade]);
  return fromCard(card, state.first_review ?? now);
}

/** When the card would next be due for each answer, in epoch ms. */
export function previewDue(state: ReviewState, now: number): Record<ReviewGrade, number> {
  const preview = scheduler.repeat(toCard(state), new Date(now));
  return {
    again: preview[Rating.Again].card.due.getTime(),
    hard: preview[Rating.Hard].card.due.getTime(),
    good: preview[Rating.Good].card.due.getTime(),
    easy: preview[Rating.Easy].card.due.getTime(),
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(value: number, unit: string): string {
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A wait as a short label: "1 min", "10 min", "5 hours", "1 day", "39 days", "2.2 months", "1.5 years". */
export function formatInterval(ms: number): string {
  const wait = Math.max(0, ms);
  if (wait < HOUR) return `${Math.max(1, Math.round(wait / MINUTE))} min`;
  if (wait < DAY) return plural(Math.round(wait / HOUR), 'hour');
  const days = Math.round(wait / DAY);
  if (days < 60) return plural(days, 'day');
  if (days < 365) return plural(oneDecimal(days / 30.44), 'month');
  return plural(oneDecimal(days / 365.25), 'year');
}

/** Button labels: how long until the card comes back for each answer. */
export function previewIntervals(state: ReviewState, now: number): Record<ReviewGrade, string> {
  const due = previewDue(state, now);
  return {
    again: formatInterval(due.again - now),
    hard: formatInterval(due.hard - now),
    good: formatInterval(due.good - now),
    easy: formatInterval(due.easy - now),
  };
}

export function isDue(state: ReviewState, now: number): boolean {
  return state.due <= now;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isInstantOrNull = (value: unknown): value is number | null => value === null || isCount(value);

/**
 * Reads a stored state (which may come from an old version or an imported backup). Returns null
 * when it is not a state this code wrote; the card then counts as never reviewed.
 */
export function parseReviewState(value: unknown): ReviewState | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const counts = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses'] as const;
  if (!counts.every((key) => isCount(raw[key]))) return null;
  const name = raw.state;
  if (typeof name !== 'string' || !(name in STATE_BY_NAME)) return null;
  const lastReview = raw.last_review ?? null;
  const firstReview = raw.first_review ?? null;
  if (!isInstantOrNull(lastReview) || !isInstantOrNull(firstReview)) return null;
  return {
    due: raw.due as number,
    stability: raw.stability as number,
    difficulty: raw.difficulty as number,
    elapsed_days: raw.elapsed_days as number,
    scheduled_days: raw.scheduled_days as number,
    learning_steps: raw.learning_steps as number,
    reps: raw.reps as number,
    lapses: raw.lapses as number,
    state: name as ReviewStateName,
    last_review: lastReview,
    first_review: firstReview,
  };
}

/** Default number of cards in one quick session. */
export const SESSION_SIZE = 20;

/**
 * The cards of a session, from cards the caller has already unlocked (see selectUnlockedCards):
 * due cards first, oldest due first; then never-reviewed cards in the given order, up to the daily
 * new-card limit (options.startOfDay lets cards started earlier today count against it); at most
 * `limit` in all. Cards reviewed but not due yet (e.g. in a 10-minute learning step) wait.
 */
export function buildQueue<C extends { id: string }>(
  cards: readonly C[],
  reviewsByCardId: ReadonlyMap<string, ReviewState>,
  now: number,
  limit: number = SESSION_SIZE,
  options: DueOptions = {},
): C[] {
  const due: { card: C; due: number; order: number }[] = [];
  const fresh: C[] = [];
  cards.forEach((card, order) => {
    const state = reviewsByCardId.get(card.id);
    if (!state) fresh.push(card);
    else if (isDue(state, now)) due.push({ card, due: state.due, order });
  });
  due.sort((a, b) => a.due - b.due || a.order - b.order);
  const reviews = [...reviewsByCardId].map(([cardId, state]) => ({ cardId, due: state.due, state }));
  const freshAllowed = fresh.slice(0, remainingNewCards(reviews, options));
  return [...due.map((entry) => entry.card), ...freshAllowed].slice(0, Math.max(0, limit));
}
