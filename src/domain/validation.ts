/** Refusals of user-typed values, and the web-address rules several entities share. */
import { checkWebAddress, EVIDENCE_EMPTY, EVIDENCE_EXAMPLE } from './schemas/evidence';
import { NOTE_MAX_LENGTH, noteTextSchema } from './schemas/note';
import { checkOwnItemFields, OWN_ITEM_MAX_LENGTH } from './schemas/own-item';
import { isHttpUrl } from './schemas/fields';
import * as v from 'valibot';

export { InvalidInputError } from './errors';

export { NOTE_MAX_LENGTH, isHttpUrl };
export const CUSTOM_ITEM_MAX_LENGTH = OWN_ITEM_MAX_LENGTH;

/** Returns the URL object for an http(s) address, or null for anything else (javascript:, data:, junk). */
export function parseHttpUrl(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/** The evidence-link rule (schemas/evidence.ts) for one typed value. */
export function validateEvidenceUrl(value: string): string | null {
  return checkWebAddress(value, 'link', EVIDENCE_EMPTY, EVIDENCE_EXAMPLE);
}

/** The note rule (schemas/note.ts) for one typed value. */
export function validateNoteText(value: string): string | null {
  const result = v.safeParse(noteTextSchema, value);
  return result.success ? null : result.issues[0].message;
}

/** The own-item rule (schemas/own-item.ts). */
export function validateCustomItem(input: { kind: 'goal' | 'resource'; text: string; url: string | null }): string | null {
  return checkOwnItemFields(input)?.message ?? null;
}
