/**
 * Due counting for interview flashcards, without the scheduler library: the dashboard imports this
 * file on first load, so it must never import ts-fsrs (that lives in review-scheduler.ts, loaded lazily).
 */

/** At most this many never-reviewed cards join the reviews per day, so a newly unlocked phase does not flood them. */
export const NEW_CARDS_PER_DAY = 10;

/** Just enough of a stored review to count it: the due time and the scheduler state. */
export interface DueInput {
  cardId: string;
  /** Epoch ms. */
  due: number;
  state?: Readonly<Record<string, number | string | null>>;
}

export interface DueOptions {
  /** Daily cap on new cards; defaults to NEW_CARDS_PER_DAY. */
  newLimit?: number;
  /**
   * Start of the user's current day (epoch ms). When given, cards first reviewed since then use up
   * part of today's new-card allowance.
   */
  startOfDay?: number;
}

export interface DueSummary {
  /** Reviewed cards whose due time has come. */
  due: number;
  /** Never-reviewed cards offered today (already capped by the daily new-card limit). */
  fresh: number;
  total: number;
}

/** A phase's cards join the reviews once the first goal of that phase is done. */
export function selectUnlockedCards<C extends { id: string; phaseId: string }>(
  cards: readonly C[],
  firstGoalDoneByPhase: ReadonlySet<string>,
): C[] {
  return cards.filter((card) => firstGoalDoneByPhase.has(card.phaseId));
}

/**
 * Phases whose cards are unlocked: the first goal is done. A phase without goals has nothing to
 * finish, so it counts as unlocked.
 */
export function listUnlockedPhaseIds(
  phases: readonly { id: string; goals: readonly { id: string }[] }[],
  statusOf: (itemId: string) => string | undefined,
): Set<string> {
  const unlocked = new Set<string>();
  for (const phase of phases) {
    const firstGoal = phase.goals[0];
    if (!firstGoal || statusOf(firstGoal.id) === 'done') unlocked.add(phase.id);
  }
  return unlocked;
}

/** Epoch ms of the card's first review, as review-scheduler stores it (`first_review`), or null. */
export function firstReviewOf(state: Readonly<Record<string, number | string | null>> | undefined): number | null {
  const value = state?.first_review;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** How many cards had their first review at or after `since` (today's used new-card allowance). */
export function countNewSeenSince(reviews: readonly DueInput[], since: number): number {
  return reviews.filter((review) => {
    const first = firstReviewOf(review.state);
    return first !== null && first >= since;
  }).length;
}

/** New cards still allowed today. */
export function remainingNewCards(reviews: readonly DueInput[], options: DueOptions = {}): number {
  const limit = Math.max(0, options.newLimit ?? NEW_CARDS_PER_DAY);
  const seen = options.startOfDay === undefined ? 0 : countNewSeenSince(reviews, options.startOfDay);
  return Math.max(0, limit - seen);
}

/**
 * What a review session started at `now` would hold, split into due and new cards:
 * - due: cards with a stored review whose `due` <= now, counting only unlocked cards (a deleted or
 *   locked card's review row is ignored);
 * - fresh: unlocked cards with no review yet, capped by the daily new-card limit minus the new cards
 *   already started today.
 * A session itself may take fewer (it is capped at a quick 20); this is the backlog.
 */
export function summarizeDue(
  reviews: readonly DueInput[],
  unlockedCardIds: Iterable<string>,
  now: number,
  options: DueOptions = {},
): DueSummary {
  const unlocked = new Set(unlockedCardIds);
  const reviewed = new Set<string>();
  let due = 0;
  for (const review of reviews) {
    if (!unlocked.has(review.cardId) || reviewed.has(review.cardId)) continue;
    reviewed.add(review.cardId);
    if (review.due <= now) due += 1;
  }
  let neverReviewed = 0;
  for (const id of unlocked) if (!reviewed.has(id)) neverReviewed += 1;
  const fresh = Math.min(neverReviewed, remainingNewCards(reviews, options));
  return { due, fresh, total: due + fresh };
}

/**
 * Cards to review now: unlocked reviewed cards that are due plus unlocked never-reviewed cards,
 * the latter capped by the daily new-card limit (see summarizeDue).
 */
export function countDue(reviews: readonly DueInput[], unlockedCardIds: Iterable<string>, now: number, options: DueOptions = {}): number {
  return summarizeDue(reviews, unlockedCardIds, now, options).total;
}
