import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { deleteUserCard, listReviews, listUserCards, saveReview } from '../../../src/db/cards-repo';
import { splitOutline } from '../../../src/domain/schemas/card';
import { runCommand } from '../../../src/db/commands';
import { checkWith } from '../../../src/domain/schemas/check';
import { userCardFieldsSchema, type UserCardInput } from '../../../src/domain/schemas/card';
import { createReviewState, gradeCard, parseReviewState } from '../../../src/domain/review-scheduler';
import { InvalidInputError } from '../../../src/domain/errors';

const ROADMAP = 'healthcare-ai-specialist';

/** Cards are saved through their command, which checks and trims them (the card schema). */
const saveUserCard = (roadmapId: string, input: UserCardInput, now: number) => runCommand('card.save', { roadmapId, card: input }, { now });

/** The first problem the card schema finds, as the form shows it. */
function checkUserCardInput(input: UserCardInput): { field: string; message: string } | null {
  const result = checkWith(userCardFieldsSchema, input);
  return result.ok ? null : (result.problems[0] ?? null);
}
const card = { phaseId: 'p1-data-foundations-sql', question: 'What is a visit_occurrence?', outline: ['One row per encounter'] };

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('saveUserCard', () => {
  it('adds a card with a fresh id and reads it back', async () => {
    const saved = await saveUserCard(ROADMAP, card, 1_000);
    expect(saved.id).toMatch(/^uc-/);
    expect(await listUserCards(ROADMAP)).toEqual([
      { ...card, id: saved.id, roadmapId: ROADMAP, updatedAt: 1_000, deletedAt: null, hlc: expect.any(String) as string },
    ]);
  });

  it('trims the question and outline and drops blank lines', async () => {
    const saved = await saveUserCard(
      ROADMAP,
      { phaseId: ' p1 ', question: '  Why OMOP?  ', outline: ['  shared schema ', '', '   ', 'vocabularies'] },
      1,
    );
    expect(saved).toMatchObject({ phaseId: 'p1', question: 'Why OMOP?', outline: ['shared schema', 'vocabularies'] });
  });

  it('stores markup as plain text', async () => {
    await saveUserCard(ROADMAP, { ...card, question: '<img src=x onerror=alert(1)>?' }, 1);
    expect((await listUserCards(ROADMAP))[0]?.question).toBe('<img src=x onerror=alert(1)>?');
  });

  it('edits a card in place, keeping updatedAt increasing', async () => {
    const saved = await saveUserCard(ROADMAP, card, 5_000);
    const edited = await saveUserCard(ROADMAP, { id: saved.id, phaseId: 'p2', question: 'Edited?', outline: [] }, 1_000);
    expect(edited).toMatchObject({ id: saved.id, phaseId: 'p2', question: 'Edited?', outline: [], updatedAt: 5_001 });
    expect(await db.userCards.count()).toBe(1);
  });

  it('refuses to edit a deleted or unknown card', async () => {
    const saved = await saveUserCard(ROADMAP, card, 1);
    await deleteUserCard(saved.id, 2);
    await expect(saveUserCard(ROADMAP, { ...card, id: saved.id }, 3)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(saveUserCard(ROADMAP, { ...card, id: 'uc-missing' }, 3)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(saveUserCard('other-roadmap', { ...card, id: saved.id }, 3)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it.each([
    ['an empty question', { ...card, question: '   ' }, 'question'],
    ['a question over 500 characters', { ...card, question: 'x'.repeat(501) }, 'question'],
    ['no phase', { ...card, phaseId: '' }, 'phaseId'],
    ['21 outline points', { ...card, outline: Array.from({ length: 21 }, (_, i) => `point ${i}`) }, 'outline'],
    ['an outline point over 500 characters', { ...card, outline: ['ok', 'y'.repeat(501)] }, 'outline'],
  ])('rejects %s and writes nothing', async (_name, input, field) => {
    expect(checkUserCardInput(input)?.field).toBe(field);
    await expect(saveUserCard(ROADMAP, input, 1)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.userCards.count()).toBe(0);
  });

  it.each([
    ['a 500-character question', { ...card, question: 'q'.repeat(500) }],
    ['20 outline points of 500 characters', { ...card, outline: Array.from({ length: 20 }, () => 'o'.repeat(500)) }],
    ['no outline at all', { ...card, outline: [] }],
  ])('accepts %s', async (_name, input) => {
    expect(checkUserCardInput(input)).toBeNull();
    await saveUserCard(ROADMAP, input, 1);
    expect(await listUserCards(ROADMAP)).toHaveLength(1);
  });

  it('names the outline point that is too long', () => {
    expect(checkUserCardInput({ ...card, outline: ['ok', 'y'.repeat(501)] })?.message).toMatch(/Point 2/);
  });

  it('reports a storage failure as a StorageError', async () => {
    db.close();
    await expect(saveUserCard(ROADMAP, card, 1)).rejects.toMatchObject({ name: 'StorageError' });
    await db.open();
    expect(await db.userCards.count()).toBe(0);
  });
});

describe('splitOutline', () => {
  it('makes one point per non-blank line', () => {
    expect(splitOutline('first\r\n\n  second  \n')).toEqual(['first', 'second']);
  });
});

describe('listUserCards', () => {
  it('lists live cards of one roadmap only, by question', async () => {
    await saveUserCard(ROADMAP, { ...card, question: 'B?' }, 1);
    await saveUserCard(ROADMAP, { ...card, question: 'A?' }, 2);
    await saveUserCard('other-roadmap', { ...card, question: 'C?' }, 3);
    expect((await listUserCards(ROADMAP)).map((entry) => entry.question)).toEqual(['A?', 'B?']);
  });
});

describe('deleteUserCard', () => {
  it('tombstones the card and keeps its review row', async () => {
    const saved = await saveUserCard(ROADMAP, card, 1_000);
    const state = gradeCard(createReviewState(1_000), 'good', 1_000);
    await saveReview(ROADMAP, saved.id, state, state.due, 1_000);
    await deleteUserCard(saved.id, 2_000);
    expect(await listUserCards(ROADMAP)).toEqual([]);
    expect(await db.userCards.get(saved.id)).toMatchObject({ deletedAt: 2_000, updatedAt: 2_000 });
    expect(await listReviews(ROADMAP)).toHaveLength(1);
  });

  it('does nothing for an unknown or already deleted card', async () => {
    const saved = await saveUserCard(ROADMAP, card, 1_000);
    await deleteUserCard(saved.id, 2_000);
    await deleteUserCard(saved.id, 3_000);
    await deleteUserCard('uc-missing', 3_000);
    expect(await db.userCards.get(saved.id)).toMatchObject({ deletedAt: 2_000 });
  });
});

describe('saveReview', () => {
  it('stores the scheduler state under roadmap/card and reads it back intact', async () => {
    const state = gradeCard(createReviewState(1_000), 'easy', 1_000);
    const record = await saveReview(ROADMAP, 'iq-omop-cdm-why', state, state.due, 1_000);
    expect(record.key).toBe(`${ROADMAP}/iq-omop-cdm-why`);
    const [stored] = await listReviews(ROADMAP);
    expect(stored).toMatchObject({ cardId: 'iq-omop-cdm-why', roadmapId: ROADMAP, due: state.due, updatedAt: 1_000 });
    expect(parseReviewState(stored?.state)).toEqual(state);
  });

  it('replaces the previous state of the card, keeping updatedAt increasing', async () => {
    const first = gradeCard(createReviewState(1_000), 'good', 1_000);
    await saveReview(ROADMAP, 'c1', first, first.due, 5_000);
    const second = gradeCard(first, 'good', first.due);
    const record = await saveReview(ROADMAP, 'c1', second, second.due, 4_000);
    expect(record.updatedAt).toBe(5_001);
    expect(await listReviews(ROADMAP)).toHaveLength(1);
    expect((await listReviews(ROADMAP))[0]?.due).toBe(second.due);
  });

  it('keeps each roadmap’s reviews separate', async () => {
    const state = createReviewState(1);
    await saveReview(ROADMAP, 'c1', state, 10, 1);
    await saveReview('other-roadmap', 'c1', state, 20, 1);
    expect((await listReviews(ROADMAP)).map((entry) => entry.due)).toEqual([10]);
    expect((await listReviews('other-roadmap')).map((entry) => entry.due)).toEqual([20]);
  });

  it('rejects a due time that is not a number and writes nothing', async () => {
    // Checked by the command that stores a review (card.review).
    await expect(
      runCommand('card.review', { roadmapId: ROADMAP, cardId: 'c1', state: createReviewState(1), due: Number.NaN }, { now: 1 }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.reviews.count()).toBe(0);
  });

  it('reports a storage failure as a StorageError', async () => {
    db.close();
    await expect(saveReview(ROADMAP, 'c1', createReviewState(1), 1, 1)).rejects.toMatchObject({ name: 'StorageError' });
    await db.open();
  });
});
