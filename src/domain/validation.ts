/** Validation of user-typed values. Each returns a plain message, or null when the value is fine. */

/** A value the user typed was rejected before anything was written. */
export class InvalidInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export const NOTE_MAX_LENGTH = 20_000;

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

export function isHttpUrl(value: string): boolean {
  return parseHttpUrl(value) !== null;
}

export function validateEvidenceUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'Enter a link, for example https://github.com/you/project.';
  if (trimmed.length > 2_000) return 'That link is longer than 2,000 characters.';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return 'Start the link with https:// (for example https://github.com/you/project).';
  if (!parseHttpUrl(trimmed)) return 'Only http:// and https:// links can be saved.';
  return null;
}

export function validateNoteText(value: string): string | null {
  if (value.length > NOTE_MAX_LENGTH) {
    return `Notes can be at most ${NOTE_MAX_LENGTH.toLocaleString('en-US')} characters; this one has ${value.length.toLocaleString('en-US')}.`;
  }
  return null;
}

export const CUSTOM_ITEM_MAX_LENGTH = 500;

/** Checks an own goal or resource before it is stored. */
export function validateCustomItem(input: { kind: 'goal' | 'resource'; text: string; url: string | null }): string | null {
  const text = input.text.trim();
  const what = input.kind === 'goal' ? 'goal' : 'resource title';
  if (text === '') return `Write the ${what} first.`;
  if (text.length > CUSTOM_ITEM_MAX_LENGTH)
    return `Keep the ${what} under ${CUSTOM_ITEM_MAX_LENGTH} characters; this one has ${text.length}.`;
  if (input.kind === 'resource') {
    const url = (input.url ?? '').trim();
    if (url === '') return 'Add the resource’s address, for example https://example.org/course.';
    if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return 'Start the address with https:// (for example https://example.org/course).';
    if (!isHttpUrl(url)) return 'Only http:// and https:// addresses can be saved.';
    if (url.length > 2_000) return 'That address is longer than 2,000 characters.';
  }
  return null;
}
