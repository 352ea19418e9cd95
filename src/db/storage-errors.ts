import { InvalidInputError } from '../domain/errors';

/** Why a read or write could not reach IndexedDB, in terms the UI can explain. */
export type StorageFailureKind = 'unavailable' | 'quota' | 'blocked' | 'version-change' | 'unknown';

export class StorageError extends Error {
  readonly kind: StorageFailureKind;
  constructor(kind: StorageFailureKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

interface NamedError {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the DOMException (e.g. AbortError -> inner QuotaExceededError); walk the chain.
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const named = current as NamedError;
    if (typeof named.name === 'string') names.push(named.name);
    current = named.inner ?? (current as { cause?: unknown }).cause;
  }
  return names;
}

/** Turns any error thrown by Dexie/IndexedDB into a StorageError with a plain message. */
export function classifyStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = namesOf(error);
  const has = (name: string) => names.includes(name);
  if (has('QuotaExceededError')) {
    return new StorageError(
      'quota',
      'This device is out of storage space for the app, so the change was not saved. Free some space or export a backup.',
      { cause: error },
    );
  }
  if (has('MissingAPIError') || has('InvalidStateError') || has('SecurityError')) {
    return new StorageError(
      'unavailable',
      'This browser is not letting the app store data (private browsing or disabled storage). Nothing you change will be kept.',
      { cause: error },
    );
  }
  if (has('DatabaseClosedError') || has('VersionChangeError')) {
    return new StorageError('version-change', 'A newer version of the app was opened in another tab. Reload this tab to keep working.', {
      cause: error,
    });
  }
  if (has('OpenFailedError')) {
    return new StorageError(
      'unavailable',
      'The app could not open its storage on this device. Nothing you change will be kept until this is fixed.',
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('unknown', `The change could not be saved (${detail}).`, { cause: error });
}

/**
 * Runs a storage operation and rethrows any failure as a StorageError. A refusal of the input
 * (InvalidInputError, thrown inside a transaction to abort it) stays what it is: nothing failed.
 */
export async function guardStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw classifyStorageError(error);
  }
}
