/** A flashcard the person wrote (built-in cards come from content and are never edited in place). */
import * as v from 'valibot';
import { LIMITS, expected, hlcStamp, identifier, text, timestamp, tombstone } from './fields';

const L = LIMITS;
export const CARD_QUESTION_MAX_LENGTH = L.cardQuestionLength;
export const CARD_OUTLINE_MAX_LINES = L.cardOutlineLines;
export const CARD_OUTLINE_LINE_MAX_LENGTH = L.cardOutlineLineLength;

/** Splits the outline text area (one point per line) into trimmed, non-blank lines. */
export function splitOutline(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const count = (n: number): string => n.toLocaleString('en-US');

const question = v.pipe(
  v.string('Write the question.'),
  v.transform((value) => value.trim()),
  v.minLength(1, 'Write the question.'),
  v.maxLength(
    L.cardQuestionLength,
    (issue) => `The question can be at most ${count(L.cardQuestionLength)} characters; this one has ${count(String(issue.input).length)}.`,
  ),
);

const outline = v.pipe(
  v.array(v.string(), expected('a list')),
  v.transform((lines) => lines.map((line) => line.trim()).filter((line) => line !== '')),
  v.maxLength(
    L.cardOutlineLines,
    (issue) =>
      `The answer outline can have at most ${L.cardOutlineLines} points (one per line); this one has ${(issue.input as unknown[]).length}.`,
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const index = dataset.value.findIndex((line) => line.length > L.cardOutlineLineLength);
    if (index >= 0) {
      addIssue({
        message: `Point ${index + 1} of the outline is longer than ${count(L.cardOutlineLineLength)} characters; split it over two lines.`,
      });
    }
  }),
);

const phaseId = v.pipe(
  v.string('Choose the phase this card belongs to.'),
  v.transform((value) => value.trim()),
  v.minLength(1, 'Choose the phase this card belongs to.'),
  v.maxLength(L.idLength, 'Choose the phase this card belongs to.'),
);

/** A card as typed: with an id when editing. Outline lines are trimmed and blank ones dropped. */
export const userCardFieldsSchema = v.object({
  id: v.optional(identifier()),
  phaseId,
  question,
  outline,
});

export type UserCardInput = v.InferInput<typeof userCardFieldsSchema>;

export const cardSaveSchema = v.object({ roadmapId: identifier(), card: userCardFieldsSchema });

export const userCardRecordSchema = v.object(
  {
    id: identifier(),
    roadmapId: identifier(),
    phaseId: identifier(),
    question: v.pipe(text(L.cardQuestionLength), v.minLength(1, 'must not be empty')),
    outline: v.pipe(
      v.array(text(L.cardOutlineLineLength), expected('a list')),
      v.maxLength(L.cardOutlineLines, `has more than ${L.cardOutlineLines} lines`),
    ),
    updatedAt: timestamp,
    deletedAt: tombstone,
    hlc: hlcStamp,
  },
  expected('an object'),
);
