import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_APP_ID,
  BACKUP_FORMAT_VERSION,
  backupFileName,
  buildBackup,
  canonicalJson,
  serializeBackup,
} from '../../../../src/domain/backup/backup-format';
import { parseBackupText } from '../../../../src/domain/backup/parse-backup';
import { backupDataArb } from './backup-arbitraries';
import { T0, progress, sampleData, sampleFile } from './backup-fixtures';

describe('buildBackup', () => {
  it('stamps app id, versions and export time, and sorts records by identity', () => {
    const data = sampleData();
    data.progress = [progress('z'), progress('a')];
    const file = buildBackup(data, { appVersion: '1.2.3', schemaVersion: 4, now: T0 });
    expect(file).toMatchObject({
      app: BACKUP_APP_ID,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '1.2.3',
      schemaVersion: 4,
      exportedAt: T0,
    });
    expect(file.data.progress.map((r) => r.itemId)).toEqual(['a', 'z']);
    // The caller's arrays are not reordered in place.
    expect(data.progress.map((r) => r.itemId)).toEqual(['z', 'a']);
  });
});

describe('serializeBackup', () => {
  it('puts the header first and is independent of key and record order', () => {
    const file = sampleFile();
    const text = serializeBackup(file);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'app',
      'formatVersion',
      'appVersion',
      'schemaVersion',
      'exportedAt',
      'data',
      'needsAttention',
    ]);
    const shuffled = sampleFile({ ...sampleData(), progress: [...sampleData().progress].reverse() });
    const reordered = {
      ...shuffled,
      data: { ...shuffled.data, notes: shuffled.data.notes.map((n) => Object.fromEntries(Object.entries(n).reverse()) as typeof n) },
    };
    expect(serializeBackup(reordered)).toBe(text);
    expect(text).toContain('\n  "app": "healthcare-ai-roadmap-tracker"');
  });

  it('canonicalJson sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });
});

describe('backupFileName', () => {
  it('names the file after the local calendar day', () => {
    expect(backupFileName(Date.UTC(2026, 10, 22, 12))).toBe('roadmap-backup-2026-11-22.json');
  });
});

describe('round trip', () => {
  it('buildBackup -> serialize -> parse gives the same file (sample)', () => {
    const file = sampleFile();
    expect(parseBackupText(serializeBackup(file))).toEqual({ ok: true, file });
  });

  it('buildBackup -> serialize -> parse gives the same file (generated)', () => {
    fc.assert(
      fc.property(backupDataArb(), fc.integer({ min: 0, max: 4_133_980_000_000 }), (data, now) => {
        const file = buildBackup(data, { appVersion: '9.9.9', schemaVersion: 3, now });
        const result = parseBackupText(serializeBackup(file));
        expect(result).toEqual({ ok: true, file });
      }),
      { numRuns: 300 },
    );
  });
});
