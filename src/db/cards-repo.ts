import { db } from './database';
import { nextStamp, nextUpdatedAt } from './clock';
import { writeTransaction } from './write';
import { progressKey, type ReviewRecord, type UserCardRecord } from '../domain/records';
import { InvalidInputError } from '../domain/errors';

/** A card as the command hands it over: checked against the card schema, lines trimmed. */
export interface UserCardInput {
  /** Present when editing an existing card. */
  id?: string | undefined;
  phaseId: string;
  question: string;
  outline: readonly string[];
}

function createCardId(): string {
  // The prefix keeps user card ids apart from built-in ones ("iq-…"): reviews of both share a table.
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? `uc-${crypto.randomUUID()}`
    : `uc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Adds a card (no id) or edits one (id); throws InvalidInputError, writing nothing, when the card to edit is gone. */
export async function saveUserCard(roadmapId: string, input: UserCardInput, now: number = Date.now()): Promise<UserCardRecord> {
  const card = { phaseId: input.phaseId, question: input.question, outline: [...input.outline] };
  const { id } = input;
  return writeTransaction([db.userCards], async () => {
    if (id === undefined) {
      const record: UserCardRecord = {
        id: createCardId(),
        roadmapId,
        ...card,
        updatedAt: nextUpdatedAt(now),
        deletedAt: null,
        hlc: await nextStamp(now),
      };
      await db.userCards.add(record);
      return record;
    }
    const existing = await db.userCards.get(id);
    if (!existing || existing.deletedAt !== null || existing.roadmapId !== roadmapId) {
      throw new InvalidInputError('That card no longer exists; it may have been deleted in another tab.');
    }
    const record: UserCardRecord = { ...existing, ...card, updatedAt: nextUpdatedAt(now, existing.updatedAt), hlc: await nextStamp(now) };
    await db.userCards.put(record);
    return record;
  });
}

/** Deletes a user card as a tombstone (a merge elsewhere must not bring it back). Its review row stays. */
export async function deleteUserCard(id: string, now: number = Date.now()): Promise<void> {
  await writeTransaction([db.userCards], async () => {
    const existing = await db.userCards.get(id);
    if (!existing || existing.deletedAt !== null) return;
    const updatedAt = nextUpdatedAt(now, existing.updatedAt);
    await db.userCards.put({ ...existing, updatedAt, deletedAt: updatedAt, hlc: await nextStamp(now) });
  });
}

/** Stores a card's scheduler state after an answer (checked by the command card.review). */
export async function saveReview(
  roadmapId: string,
  cardId: string,
  state: ReviewRecord['state'],
  due: number,
  now: number = Date.now(),
): Promise<ReviewRecord> {
  return writeTransaction([db.reviews], async () => {
    const key = progressKey(roadmapId, cardId);
    const existing = await db.reviews.get(key);
    const record: ReviewRecord = {
      key,
      roadmapId,
      cardId,
      due,
      state: { ...state },
      updatedAt: nextUpdatedAt(now, existing?.updatedAt),
      hlc: await nextStamp(now),
    };
    await db.reviews.put(record);
    return record;
  });
}

export { listReviews, listUserCards } from './queries';
