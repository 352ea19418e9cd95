import { describe, expect, it } from 'vitest';
import { classifyStorageError, guardStorage, StorageError } from '../../../src/db/storage-errors';

function named(name: string, inner?: unknown) {
  return Object.assign(new Error(`${name} happened`), { name, inner });
}

describe('classifyStorageError', () => {
  it.each([
    ['a bare QuotaExceededError', named('QuotaExceededError'), 'quota'],
    ['a quota error wrapped by Dexie (AbortError → inner)', named('AbortError', named('QuotaExceededError')), 'quota'],
    ['a quota error wrapped twice', named('BulkError', named('AbortError', named('QuotaExceededError'))), 'quota'],
    ['no IndexedDB at all', named('MissingAPIError'), 'unavailable'],
    ['private mode InvalidStateError', named('InvalidStateError'), 'unavailable'],
    ['storage disabled by policy', named('SecurityError'), 'unavailable'],
    ['open failed', named('OpenFailedError', named('UnknownError')), 'unavailable'],
    ['database closed by another tab’s upgrade', named('DatabaseClosedError'), 'version-change'],
    ['something unexpected', new Error('boom'), 'unknown'],
    ['a thrown string', 'boom', 'unknown'],
    ['null', null, 'unknown'],
  ])('%s → %s', (_name, error, kind) => {
    const result = classifyStorageError(error);
    expect(result).toBeInstanceOf(StorageError);
    expect(result.kind).toBe(kind);
    expect(result.message.length).toBeGreaterThan(20);
  });

  it('says a quota failure was not saved and what to do', () => {
    expect(classifyStorageError(named('QuotaExceededError')).message).toMatch(/not saved.*export a backup/i);
  });

  it('passes a StorageError through unchanged', () => {
    const error = new StorageError('blocked', 'x');
    expect(classifyStorageError(error)).toBe(error);
  });
});

describe('guardStorage', () => {
  it('returns the value of a successful operation', async () => {
    await expect(guardStorage(async () => 42)).resolves.toBe(42);
  });
  it('rethrows failures as StorageError', async () => {
    await expect(
      guardStorage(async () => {
        throw named('QuotaExceededError');
      }),
    ).rejects.toMatchObject({ kind: 'quota' });
  });
});
