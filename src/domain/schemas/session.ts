/** A study session: a calendar day, minutes, optionally the phase and item it was spent on. */
import * as v from 'valibot';
import { LIMITS, expected, hlcStamp, identifier, studyDay, timestamp, tombstone, wholeNumber } from './fields';
import { userText } from './check';

export const MAX_SESSION_MINUTES = LIMITS.minutesPerDay;
export const MAX_SESSION_NOTE_LENGTH = LIMITS.sessionNoteLength;

const minutes = wholeNumber(
  1,
  MAX_SESSION_MINUTES,
  `Minutes must be a whole number from 1 to ${MAX_SESSION_MINUTES.toLocaleString('en-US')}.`,
);

/** What a person types for a session (the form's fields). */
export const sessionFieldsSchema = v.object({
  day: studyDay('the day of the session'),
  minutes,
  phaseId: v.nullable(identifier()),
  itemId: v.nullable(identifier()),
  note: userText(MAX_SESSION_NOTE_LENGTH, 'the note'),
});

export type SessionFields = v.InferInput<typeof sessionFieldsSchema>;

export const sessionAddSchema = v.object({ roadmapId: identifier(), session: sessionFieldsSchema });
export const sessionUpdateSchema = v.object({ id: identifier(), session: sessionFieldsSchema });
export const sessionIdSchema = v.object({ id: identifier() });

export const sessionRecordSchema = v.object(
  {
    id: identifier(),
    roadmapId: identifier(),
    day: studyDay('the day'),
    minutes,
    phaseId: v.nullable(identifier()),
    itemId: v.nullable(identifier()),
    note: userText(MAX_SESSION_NOTE_LENGTH, 'the note'),
    updatedAt: timestamp,
    deletedAt: tombstone,
    hlc: hlcStamp,
  },
  expected('an object'),
);
