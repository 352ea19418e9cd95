import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import {
  buildQueue,
  createReviewState,
  formatInterval,
  gradeCard,
  isDue,
  parseReviewState,
  previewDue,
  previewIntervals,
  selectUnlockedCards,
  type ReviewGrade,
  type ReviewState,
} from '../../../src/domain/review-scheduler';

const NOW = Date.UTC(2026, 0, 5, 9, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Answers `grades` in turn, each exactly when the card falls due. */
function answerOnTime(grades: readonly ReviewGrade[], start = NOW): ReviewState[] {
  const states: ReviewState[] = [];
  let state = createReviewState(start);
  for (const grade of grades) {
    state = gradeCard(state, grade, Math.max(start, state.due));
    states.push(state);
  }
  return states;
}

describe('createReviewState', () => {
  it('starts a never-reviewed card due now', () => {
    expect(createReviewState(NOW)).toEqual({
      due: NOW,
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: 'New',
      last_review: null,
      first_review: null,
    });
  });
});

describe('gradeCard on a new card', () => {
  // Default learning steps are 1 min and 10 min; "easy" skips them, as the library schedules it.
  const direct = fsrs({ enable_fuzz: false }).next(createEmptyCard(new Date(NOW)), new Date(NOW), Rating.Easy).card;

  it.each([
    ['again', MINUTE, 'Learning'],
    ['hard', 6 * MINUTE, 'Learning'],
    ['good', 10 * MINUTE, 'Learning'],
    ['easy', direct.due.getTime() - NOW, 'Review'],
  ] as const)('answered %s comes back after %d ms, in %s', (grade, wait, stateName) => {
    const next = gradeCard(createReviewState(NOW), grade, NOW);
    expect(next.due - NOW).toBe(wait);
    expect(next.state).toBe(stateName);
    expect(next.reps).toBe(1);
    expect(next.last_review).toBe(NOW);
    expect(next.first_review).toBe(NOW);
  });

  it('gives longer waits for better answers', () => {
    const due = previewDue(createReviewState(NOW), NOW);
    expect(due.again).toBeLessThan(due.hard);
    expect(due.hard).toBeLessThan(due.good);
    expect(due.good).toBeLessThan(due.easy);
    expect(due.easy - NOW).toBeGreaterThanOrEqual(DAY);
  });

  it('previews exactly what grading does', () => {
    const state = answerOnTime(['good', 'good'])[1]!;
    const at = state.due + DAY;
    const due = previewDue(state, at);
    for (const grade of ['again', 'hard', 'good', 'easy'] as const) expect(gradeCard(state, grade, at).due).toBe(due[grade]);
  });
});

describe('gradeCard over time', () => {
  it('grows the interval with each on-time "good"', () => {
    const states = answerOnTime(['good', 'good', 'good', 'good', 'good']);
    const intervals = states.slice(1).map((state) => state.scheduled_days);
    expect(intervals[0]).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < intervals.length; i += 1) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
  });

  it('sends a forgotten card back to a 10-minute relearning step and counts the lapse', () => {
    const learned = answerOnTime(['good', 'good', 'good', 'good']).at(-1)!;
    expect(learned.state).toBe('Review');
    const lapsed = gradeCard(learned, 'again', learned.due);
    expect(lapsed.state).toBe('Relearning');
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - learned.due).toBe(10 * MINUTE);
    expect(lapsed.stability).toBeLessThan(learned.stability);
    const relearned = gradeCard(lapsed, 'good', lapsed.due);
    expect(relearned.scheduled_days).toBeLessThan(learned.scheduled_days);
  });

  it('keeps the time of the first review', () => {
    const states = answerOnTime(['again', 'good', 'good']);
    expect(states.map((state) => state.first_review)).toEqual([NOW, NOW, NOW]);
  });

  it('is deterministic for the same answers at the same times (no fuzz)', () => {
    const grades: ReviewGrade[] = ['good', 'hard', 'easy', 'again', 'good', 'good'];
    expect(answerOnTime(grades)).toEqual(answerOnTime(grades));
  });
});

describe('JSON round trip', () => {
  it('stores plain numbers, strings and nulls only', () => {
    for (const state of answerOnTime(['good', 'again', 'easy'])) {
      for (const value of Object.values(state)) expect(['number', 'string', 'object']).toContain(typeof value);
      expect(Object.values(state).filter((value) => typeof value === 'object')).toEqual(
        Object.values(state).filter((value) => value === null),
      );
    }
  });

  it('schedules a state read back from JSON exactly like the original', () => {
    const state = answerOnTime(['good', 'good', 'hard']).at(-1)!;
    const copy = parseReviewState(JSON.parse(JSON.stringify(state)));
    expect(copy).toEqual(state);
    const at = state.due + 3 * DAY;
    expect(gradeCard(copy!, 'good', at)).toEqual(gradeCard(state, 'good', at));
  });

  it.each([
    ['null', null],
    ['a string', 'due tomorrow'],
    ['a state with an unknown name', { ...createReviewState(NOW), state: 'Mastered' }],
    ['a negative due time', { ...createReviewState(NOW), due: -1 }],
    ['a missing field', { due: NOW, state: 'New' }],
    ['a date string', { ...createReviewState(NOW), last_review: '2026-01-05' }],
  ])('rejects %s', (_name, value) => {
    expect(parseReviewState(value)).toBeNull();
  });

  it('reads a state stored before first_review existed', () => {
    const { first_review: _ignored, ...old } = gradeCard(createReviewState(NOW), 'good', NOW);
    expect(parseReviewState(old)?.first_review).toBeNull();
  });
});

describe('previewIntervals', () => {
  it('labels the four buttons of a new card', () => {
    expect(previewIntervals(createReviewState(NOW), NOW)).toEqual({ again: '1 min', hard: '6 min', good: '10 min', easy: '8 days' });
  });

  it.each([
    [0, '1 min'],
    [30_000, '1 min'],
    [10 * MINUTE, '10 min'],
    [59 * MINUTE, '59 min'],
    [60 * MINUTE, '1 hour'],
    [5 * 60 * MINUTE, '5 hours'],
    [DAY, '1 day'],
    [4 * DAY, '4 days'],
    [59 * DAY, '59 days'],
    [66 * DAY, '2.2 months'],
    [365 * DAY, '1 year'],
    [548 * DAY, '1.5 years'],
  ])('formats %d ms as "%s"', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe('isDue', () => {
  it.each([
    [NOW - 1, true],
    [NOW, true],
    [NOW + 1, false],
  ])('a card due at %d is due at NOW: %s', (due, expected) => {
    expect(isDue({ ...createReviewState(NOW), due }, NOW)).toBe(expected);
  });
});

describe('selectUnlockedCards', () => {
  it('keeps only cards of phases whose first goal is done', () => {
    const cards = [
      { id: 'a', phaseId: 'p1' },
      { id: 'b', phaseId: 'p2' },
      { id: 'c', phaseId: 'p1' },
      { id: 'd', phaseId: 'retired' },
    ];
    expect(selectUnlockedCards(cards, new Set(['p1'])).map((card) => card.id)).toEqual(['a', 'c']);
    expect(selectUnlockedCards(cards, new Set())).toEqual([]);
  });
});

describe('buildQueue', () => {
  const card = (id: string) => ({ id, phaseId: 'p1' });
  const dueAt = (due: number, firstReview: number | null = NOW - 30 * DAY): ReviewState => ({
    ...gradeCard(createReviewState(NOW - 30 * DAY), 'easy', NOW - 30 * DAY),
    due,
    first_review: firstReview,
  });

  it('puts due cards first, oldest due first, then new cards in content order', () => {
    const cards = ['new-1', 'due-late', 'later', 'new-2', 'due-early'].map(card);
    const reviews = new Map([
      ['due-late', dueAt(NOW - MINUTE)],
      ['due-early', dueAt(NOW - DAY)],
      ['later', dueAt(NOW + MINUTE)],
    ]);
    expect(buildQueue(cards, reviews, NOW).map((entry) => entry.id)).toEqual(['due-early', 'due-late', 'new-1', 'new-2']);
  });

  it('keeps content order between cards due at the same time', () => {
    const reviews = new Map([
      ['b', dueAt(NOW)],
      ['a', dueAt(NOW)],
    ]);
    expect(buildQueue([card('b'), card('a')], reviews, NOW).map((entry) => entry.id)).toEqual(['b', 'a']);
  });

  it('stops at the session size', () => {
    const cards = Array.from({ length: 30 }, (_, i) => card(`c${i}`));
    const reviews = new Map(cards.map((entry, i) => [entry.id, dueAt(NOW - i)]));
    expect(buildQueue(cards, reviews, NOW)).toHaveLength(20);
    expect(buildQueue(cards, reviews, NOW, 5).map((entry) => entry.id)).toEqual(['c29', 'c28', 'c27', 'c26', 'c25']);
  });

  it('offers at most 10 new cards a day, fewer when some were started today', () => {
    const cards = Array.from({ length: 15 }, (_, i) => card(`n${i}`));
    expect(buildQueue(cards, new Map(), NOW)).toHaveLength(10);
    const startedToday = new Map([
      ['x', dueAt(NOW + DAY, NOW - MINUTE)],
      ['y', dueAt(NOW + DAY, NOW - 2 * MINUTE)],
      ['z', dueAt(NOW + DAY, NOW - 2 * DAY)],
    ]);
    expect(buildQueue(cards, startedToday, NOW, 20, { startOfDay: NOW - 60 * MINUTE })).toHaveLength(8);
    expect(buildQueue(cards, new Map(), NOW, 20, { newLimit: 3 })).toHaveLength(3);
  });

  it('is empty when nothing is due and nothing is new', () => {
    expect(buildQueue([card('a')], new Map([['a', dueAt(NOW + DAY)]]), NOW)).toEqual([]);
  });
});
