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
