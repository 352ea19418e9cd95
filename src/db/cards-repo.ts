import { db } from './database';
import { guardStorage } from './storage-errors';
import { progressKey, type ReviewRecord, type UserCardRecord } from '../domain/records';
import { InvalidInputError } from '../domain/validation';

export const CARD_QUESTION_MAX_LENGTH = 500;
export const CARD_OUTLINE_MAX_LINES = 20;
export const CARD_OUTLINE_LINE_MAX_LENGTH = 500;

/** A user card as typed; outline lines are trimmed and blank ones dropped before saving. */
export interface UserCardInput {
  /** Present when editing an existing card. */
  id?: string;
  phaseId: string;
  question: string;
  outline: readonly string[];
}

export interface CardInputProblem {
  field: 'phaseId' | 'question' | 'outline';
  message: string;
}

/** Splits the outline text area (one point per line) into trimmed, non-blank lines. */
export function splitOutline(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function normalize(input: UserCardInput): { phaseId: string; question: string; outline: string[] } {
  return {
    phaseId: input.phaseId.trim(),
    question: input.question.trim(),
    outline: input.outline.map((line) => line.trim()).filter((line) => line !== ''),
  };
}

/** The first problem with a card the user typed, in a sentence they can act on; null when it is fine. */
export function checkUserCardInput(input: UserCardInput): CardInputProblem | null {
  const card = normalize(input);
  if (card.phaseId === '' || card.phaseId.length > 200) return { field: 'phaseId', message: 'Choose the phase this card belongs to.' };
  if (card.question === '') return { field: 'question', message: 'Write the question.' };
  if (card.question.length > CARD_QUESTION_MAX_LENGTH) {
    return {
      field: 'question',
      message: `The question can be at most ${CARD_QUESTION_MAX_LENGTH} characters; this one has ${card.question.length}.`,
    };
  }
  if (card.outline.length > CARD_OUTLINE_MAX_LINES) {
    return {
      field: 'outline',
      message: `The answer outline can have at most ${CARD_OUTLINE_MAX_LINES} points (one per line); this one has ${card.outline.length}.`,
    };
  }
  const longIndex = card.outline.findIndex((line) => line.length > CARD_OUTLINE_LINE_MAX_LENGTH);
  if (longIndex >= 0) {
    return {
      field: 'outline',
      message: `Point ${longIndex + 1} of the outline is longer than ${CARD_OUTLINE_LINE_MAX_LENGTH} characters; split it over two lines.`,
    };
  }
  return null;
}

function createCardId(): string {
  // The prefix keeps user card ids apart from built-in ones ("iq-…"): reviews of both share a table.
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? `uc-${crypto.randomUUID()}`
    : `uc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The user's live (not deleted) cards of a roadmap, by question. */
export async function listUserCards(roadmapId: string): Promise<UserCardRecord[]> {
  const rows = await db.userCards.where('roadmapId').equals(roadmapId).toArray();
  return rows.filter((row) => row.deletedAt === null).sort((a, b) => a.question.localeCompare(b.question));
}

/**
 * Adds a card (no id) or edits one (id). Throws InvalidInputError, writing nothing, when the input
 * does not pass checkUserCardInput; throws when the card to edit no longer exists.
 */
export async function saveUserCard(roadmapId: string, input: UserCardInput, now: number = Date.now()): Promise<UserCardRecord> {
  const problem = checkUserCardInput(input);
  if (problem) throw new InvalidInputError(problem.message);
  const card = normalize(input);
  const { id } = input;
  if (id === undefined) {
    const record: UserCardRecord = { id: createCardId(), roadmapId, ...card, updatedAt: now, deletedAt: null };
    await guardStorage(() => db.userCards.add(record));
    return record;
  }
  const edited = await guardStorage(() =>
    db.transaction('rw', db.userCards, async () => {
      const existing = await db.userCards.get(id);
      if (!existing || existing.deletedAt !== null || existing.roadmapId !== roadmapId) return null;
      const record: UserCardRecord = { ...existing, ...card, updatedAt: Math.max(now, existing.updatedAt + 1) };
      await db.userCards.put(record);
      return record;
    }),
  );
  // Thrown outside guardStorage, which would report it as a storage failure.
  if (!edited) throw new InvalidInputError('That card no longer exists; it may have been deleted in another tab.');
  return edited;
}

/** Deletes a user card as a tombstone (a merge elsewhere must not bring it back). Its review row stays. */
export async function deleteUserCard(id: string, now: number = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.userCards, async () => {
      const existing = await db.userCards.get(id);
      if (!existing || existing.deletedAt !== null) return;
      const updatedAt = Math.max(now, existing.updatedAt + 1);
      await db.userCards.put({ ...existing, updatedAt, deletedAt: updatedAt });
    }),
  );
}

/** Every stored review state of a roadmap (built-in and user cards, deleted ones included). */
export async function listReviews(roadmapId: string): Promise<ReviewRecord[]> {
  return db.reviews.where('roadmapId').equals(roadmapId).toArray();
}

/** Stores a card's scheduler state after an answer. Resolves only once the transaction committed. */
export async function saveReview(
  roadmapId: string,
  cardId: string,
  state: ReviewRecord['state'],
  due: number,
  now: number = Date.now(),
): Promise<ReviewRecord> {
  if (!Number.isFinite(due)) throw new InvalidInputError('The review has no valid due time.');
  return guardStorage(() =>
    db.transaction('rw', db.reviews, async () => {
      const key = progressKey(roadmapId, cardId);
      const existing = await db.reviews.get(key);
      const record: ReviewRecord = {
        key,
        roadmapId,
        cardId,
        due,
        state: { ...state },
        updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
      };
      await db.reviews.put(record);
      return record;
    }),
  );
}
