import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderPhaseCards, pickDrill } from '../../../src/domain/practice-cards';

const cards = Array.from({ length: 12 }, (_card, index) => ({ id: `c${index}`, phaseId: index < 6 ? 'p1' : 'p2' }));

describe('pickDrill', () => {
  it('draws the asked number of distinct cards from all phases', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer(), (count, seed) => {
        let state = seed;
        const random = () => {
          state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
          return Math.abs(state) / 2_147_483_648;
        };
        const drill = pickDrill(cards, count, random);
        expect(drill).toHaveLength(Math.min(count, cards.length));
        expect(new Set(drill.map((card) => card.id)).size).toBe(drill.length);
      }),
    );
  });

  it('reaches the far end of the list: with random always 0.999 the last card comes first', () => {
    expect(pickDrill(cards, 2, () => 0.999).map((card) => card.id)).toEqual(['c11', 'c0']);
    expect(pickDrill([], 5, Math.random)).toEqual([]);
  });
});

describe('orderPhaseCards', () => {
  it('puts due cards first, then new ones, then the rest by due time, only of that phase', () => {
    const due = new Map([
      ['c0', 500],
      ['c1', 50],
      ['c3', 5_000],
      ['c7', 10],
    ]);
    expect(orderPhaseCards(cards, 'p1', due, 1_000).map((card) => card.id)).toEqual(['c1', 'c0', 'c2', 'c4', 'c5', 'c3']);
  });
});
