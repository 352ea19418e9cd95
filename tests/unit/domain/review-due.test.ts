import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countDue,
  countNewSeenSince,
  listUnlockedPhaseIds,
  NEW_CARDS_PER_DAY,
  selectUnlockedCards,
  summarizeDue,
  type DueInput,
} from '../../../src/domain/review-due';

const NOW = Date.UTC(2026, 0, 5, 9, 0);
const review = (cardId: string, due: number, firstReview: number | null = null): DueInput => ({
  cardId,
  due,
  state: { due, state: 'Review', first_review: firstReview },
});

describe('countDue', () => {
  it('counts reviewed cards that are due plus never-reviewed cards', () => {
    const reviews = [review('a', NOW - 1), review('b', NOW), review('c', NOW + 1)];
    expect(countDue(reviews, ['a', 'b', 'c', 'new-1', 'new-2'], NOW)).toBe(4);
    expect(summarizeDue(reviews, ['a', 'b', 'c', 'new-1', 'new-2'], NOW)).toEqual({ due: 2, fresh: 2, total: 4 });
  });

  it('ignores reviews of locked or deleted cards', () => {
    expect(countDue([review('locked', NOW - 1), review('deleted', NOW - 1)], ['open'], NOW)).toBe(1);
  });

  it('caps new cards at the daily limit', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `n${i}`);
    expect(countDue([], ids, NOW)).toBe(NEW_CARDS_PER_DAY);
    expect(countDue([], ids, NOW, { newLimit: 3 })).toBe(3);
    expect(countDue([], ids, NOW, { newLimit: -2 })).toBe(0);
  });

  it('does not cap due reviews', () => {
    const reviews = Array.from({ length: 40 }, (_, i) => review(`r${i}`, NOW - i));
    expect(
      countDue(
        reviews,
        reviews.map((entry) => entry.cardId),
        NOW,
      ),
    ).toBe(40);
  });

  it('counts new cards started today against the daily limit', () => {
    const startOfDay = NOW - 9 * 3_600_000;
    const reviews = [
      review('a', NOW + 60_000, NOW - 60_000),
      review('b', NOW + 86_400_000, startOfDay),
      review('c', NOW - 1, startOfDay - 1),
    ];
    const ids = ['a', 'b', 'c', ...Array.from({ length: 20 }, (_, i) => `n${i}`)];
    expect(summarizeDue(reviews, ids, NOW, { startOfDay })).toEqual({ due: 1, fresh: NEW_CARDS_PER_DAY - 2, total: 9 });
    expect(summarizeDue(reviews, ids, NOW)).toEqual({ due: 1, fresh: NEW_CARDS_PER_DAY, total: 11 });
  });

  it('is zero with no unlocked cards', () => {
    expect(countDue([review('a', NOW - 1)], [], NOW)).toBe(0);
  });
});

describe('countNewSeenSince', () => {
  it('reads the first review time and ignores states without one', () => {
    const reviews: DueInput[] = [review('a', NOW, NOW), review('b', NOW, NOW - 10), { cardId: 'c', due: NOW }, review('d', NOW, null)];
    expect(countNewSeenSince(reviews, NOW - 5)).toBe(1);
    expect(countNewSeenSince(reviews, 0)).toBe(2);
  });
});

describe('listUnlockedPhaseIds', () => {
  const phases = [
    { id: 'p1', goals: [{ id: 'p1-g1' }, { id: 'p1-g2' }] },
    { id: 'p2', goals: [{ id: 'p2-g1' }] },
    { id: 'p3', goals: [] },
  ];

  it.each([
    ['nothing done', {}, ['p3']],
    ['first goal of phase 1 done', { 'p1-g1': 'done' }, ['p1', 'p3']],
    ['only the second goal of phase 1 done', { 'p1-g2': 'done' }, ['p3']],
    ['first goal of phase 1 in progress', { 'p1-g1': 'in-progress' }, ['p3']],
    ['first goal of phase 1 skipped', { 'p1-g1': 'skipped' }, ['p3']],
    ['phase 2 done before phase 1', { 'p2-g1': 'done' }, ['p2', 'p3']],
  ] as const)('%s', (_name, statuses, expected) => {
    const unlocked = listUnlockedPhaseIds(phases, (id) => (statuses as Record<string, string>)[id]);
    expect([...unlocked].sort()).toEqual(expected);
  });

  it('works with selectUnlockedCards', () => {
    const unlocked = listUnlockedPhaseIds(phases, (id) => (id === 'p2-g1' ? 'done' : undefined));
    const cards = [
      { id: 'a', phaseId: 'p1' },
      { id: 'b', phaseId: 'p2' },
    ];
    expect(selectUnlockedCards(cards, unlocked).map((card) => card.id)).toEqual(['b']);
  });
});

describe('review-due.ts', () => {
  it('stays free of the scheduler library, so the dashboard can load it first', () => {
    const source = readFileSync(resolve(__dirname, '../../../src/domain/review-due.ts'), 'utf8');
    const imports = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
    expect(imports).toEqual([]);
  });
});
