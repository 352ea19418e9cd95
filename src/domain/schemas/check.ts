/**
 * Runs an entity schema over a value and returns either the clean value or the problems in the
 * shape forms and commands use: one plain sentence per field, the first problem of each field.
 */
import * as v from 'valibot';
import { countCharacters, textLengthProblem } from './limits';

export interface FieldProblem {
  /** The innermost named field the problem is about ('' for the whole value). */
  field: string;
  message: string;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Makes a fragment ("is too long") a sentence about the field, and leaves sentences as they are. */
export function toSentence(field: string, message: string): string {
  const isSentence = /^[A-Z]/.test(message);
  // "expected a number, got text" reads as "should be a number, not text" after the field's name.
  const expectation = /^expected (.+?)(?:, got (.+))?$/.exec(message);
  const fragment = expectation ? `should be ${expectation[1]}${expectation[2] ? `, not ${expectation[2]}` : ''}` : message;
  const text = isSentence ? message : `${field ? `The ${field}` : 'The value'} ${fragment}`;
  return /[.!?)]$/.test(text) && !text.endsWith(')') ? text : `${text}.`;
}

export function checkWith<S extends v.GenericSchema>(schema: S, input: unknown): CheckResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const issue of result.issues) {
    // The innermost named field: `session.day` is the form's "day".
    const keys = issue.path?.map((item) => item.key).filter((key): key is string => typeof key === 'string') ?? [];
    const field = keys[keys.length - 1] ?? '';
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, message: toSentence(field, issue.message) });
  }
  return { ok: false, problems };
}

export { countCharacters };

/**
 * User-typed text with a limit in characters. Longer text is refused with a message that gives
 * both sizes, never cut: a paste that does not fit must not be saved half.
 */
export const userText = (max: number, what: string) =>
  v.pipe(
    v.string(`${what.charAt(0).toUpperCase()}${what.slice(1)} must be text.`),
    v.check(
      (text) => textLengthProblem(text, max, what) === null,
      (issue) => textLengthProblem(String(issue.input), max, what) ?? '',
    ),
  );
