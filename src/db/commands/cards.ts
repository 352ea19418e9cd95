/** The person's flashcards and the review state of every card. */
import * as v from 'valibot';
import { deleteUserCard, saveReview, saveUserCard } from '../cards-repo';
import { ensureRoomFor, estimateRecordBytes } from '../data-budget';
import { identifier } from '../../domain/schemas/fields';
import { cardSaveSchema } from '../../domain/schemas/card';
import { reviewSaveSchema } from '../../domain/schemas/review';
import { command, type CommandGroup } from './define';

export const cardCommands = {
  'card.save': command(cardSaveSchema, async ({ roadmapId, card }, { now }) => {
    await ensureRoomFor(estimateRecordBytes(card.question, ...card.outline));
    return saveUserCard(roadmapId, card, now);
  }),

  'card.delete': command(v.object({ id: identifier() }), ({ id }, { now }) => deleteUserCard(id, now)),

  'card.review': command(reviewSaveSchema, ({ roadmapId, cardId, state, due }, { now }) => saveReview(roadmapId, cardId, state, due, now)),
} satisfies CommandGroup;
