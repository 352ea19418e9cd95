/** A plain-text note on any item. Never HTML. An empty note is a tombstone. */
import * as v from 'valibot';
import { ITEM_KEY_MESSAGE, ITEM_KEY_PATHS, hasItemKey } from './progress';
import { LIMITS, expected, hlcStamp, identifier, text, timestamp, tombstone } from './fields';
import { userText } from './check';

export const NOTE_MAX_LENGTH = LIMITS.noteLength;

export const noteTextSchema = userText(NOTE_MAX_LENGTH, 'a note');

export const noteInputSchema = v.object({
  roadmapId: identifier(),
  itemId: identifier(),
  text: noteTextSchema,
  /**
   * The clock stamp of the version the editor started from (null for a new note). When the stored
   * note has moved on since (another tab, another device), that version is kept as an other version.
   */
  baseHlc: v.optional(v.nullable(hlcStamp), null),
});

export type NoteInput = v.InferInput<typeof noteInputSchema>;

export const noteRecordSchema = v.pipe(
  v.object(
    {
      key: identifier(LIMITS.keyLength),
      roadmapId: identifier(),
      itemId: identifier(),
      // Counted as stored (UTF-16) in files: a code-point count is never larger.
      text: text(NOTE_MAX_LENGTH),
      updatedAt: timestamp,
      deletedAt: tombstone,
      hlc: hlcStamp,
    },
    expected('an object'),
  ),
  v.forward(v.partialCheck(ITEM_KEY_PATHS, hasItemKey, ITEM_KEY_MESSAGE), ['key']),
);
