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
   * The clock stamp of the version the editor started from (null: it started from no note). When
   * the stored note has moved on since (another tab, another device), that version is kept as an
   * other version instead of being overwritten. Left out: the save builds on what is stored.
   */
  baseHlc: v.optional(v.nullable(hlcStamp)),
  /** Other versions (their keys) that this save settles: merged into this text, or dismissed. */
  resolves: v.optional(v.pipe(v.array(identifier(LIMITS.keyLength + 60)), v.maxLength(50))),
});

export type NoteInput = v.InferInput<typeof noteInputSchema>;

/** The stamps a note version was built on (note-versions.ts caps them at 50). */
const ancestors = v.pipe(v.array(hlcStamp, expected('a list')), v.maxLength(50, 'has more than 50 entries'));

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
      ancestors: ancestors,
    },
    expected('an object'),
  ),
  v.forward(v.partialCheck(ITEM_KEY_PATHS, hasItemKey, ITEM_KEY_MESSAGE), ['key']),
);

/** Another version of a note (records.ts NoteVersionRecord). */
export const noteVersionRecordSchema = v.pipe(
  v.object(
    {
      key: identifier(LIMITS.keyLength + 60),
      noteKey: identifier(LIMITS.keyLength),
      deviceId: v.pipe(v.string(expected('text')), v.maxLength(64, 'is too long')),
      roadmapId: identifier(),
      itemId: identifier(),
      text: text(NOTE_MAX_LENGTH),
      updatedAt: timestamp,
      deletedAt: tombstone,
      hlc: hlcStamp,
      ancestors: ancestors,
    },
    expected('an object'),
  ),
  v.forward(
    v.partialCheck([['key'], ['noteKey'], ['hlc']], (r) => r.key === `${r.noteKey}@${r.hlc}`, 'does not match noteKey + "@" + hlc'),
    ['key'],
  ),
  v.forward(
    v.partialCheck(
      [['noteKey'], ['roadmapId'], ['itemId']],
      (r) => r.noteKey === `${r.roadmapId}/${r.itemId}`,
      'does not match roadmapId + "/" + itemId',
    ),
    ['noteKey'],
  ),
);
