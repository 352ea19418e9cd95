/**
 * The bounds every schema shares, and the plain rule for user-typed text, in a module without the
 * schema library so the first view (a note's live length message, the device clock) can use them.
 */
export const LIMITS = {
  idLength: 200,
  /** A progress/note/evidence key is `${roadmapId}/${itemId}`. */
  keyLength: 401,
  noteLength: 20_000,
  sessionNoteLength: 2_000,
  urlLength: 2_000,
  settingTextLength: 20_000,
  appVersionLength: 64,
  recordsPerTable: 100_000,
  phasesPerPlan: 200,
  phaseDays: 3_650,
  hoursPerWeek: 168,
  minutesPerDay: 1_440,
  /** 2101-01-01T00:00:00Z: a later timestamp is a corrupt clock or a hostile file. */
  maxTimestamp: Date.UTC(2101, 0, 1) - 1,
  cardQuestionLength: 500,
  cardOutlineLines: 20,
  cardOutlineLineLength: 500,
  ownItemTextLength: 500,
  /** Fields of one review's scheduler state, and the length of a text field there. */
  reviewStateFields: 50,
  reviewStateTextLength: 2_000,
  /** Sort position of an own item among its siblings. */
  maxOrder: 1_000_000,
} as const;

/** Code points, as a person counts characters (an emoji is one). */
export const countCharacters = (text: string): number => {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
};

const capitalized = (what: string): string => `${what.charAt(0).toUpperCase()}${what.slice(1)}`;

/**
 * The problem with user-typed text limited to `max` characters, or null when it fits. Longer text
 * is refused with both sizes, never cut: a paste that does not fit must not be saved half.
 */
export function textLengthProblem(text: string, max: number, what: string): string | null {
  if (text.length <= max) return null;
  const length = countCharacters(text);
  return length <= max
    ? null
    : `${capitalized(what)} can be at most ${max.toLocaleString('en-US')} characters; this one has ${length.toLocaleString('en-US')}.`;
}

/** The note rule (schemas/note.ts uses the same one). */
export const noteTextProblem = (text: string): string | null => textLengthProblem(text, LIMITS.noteLength, 'a note');
