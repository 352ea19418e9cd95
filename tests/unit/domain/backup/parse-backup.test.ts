import { describe, expect, it } from 'vitest';
import { serializeBackup, type BackupFile } from '../../../../src/domain/backup/backup-format';
import { checkBackupSize, parseBackupText, validateBackupValue } from '../../../../src/domain/backup/parse-backup';
import { createEmptyBackupData } from '../../../../src/domain/backup/backup-format';
import { day, evidence, note, progress, roadmapDocument, sampleData, sampleDataV2, sampleFile, session } from './backup-fixtures';
import { legacyHlc } from '../../../../src/domain/hlc';
import { BACKUP_LIMITS } from '../../../../src/domain/backup/backup-schema';

type Json = Record<string, unknown>;

/** A valid file as a plain JSON object, edited by `edit`, back to text. */
function editedFile(edit: (file: Json & { data: Record<string, Json[]> }) => void): string {
  const value = JSON.parse(serializeBackup(sampleFile())) as Json & { data: Record<string, Json[]> };
  edit(value);
  return JSON.stringify(value);
}

const at = (data: Record<string, Json[]>, table: string, index = 0): Json => {
  const record = data[table]?.[index];
  if (!record) throw new Error(`fixture has no ${table}[${index}]`);
  return record;
};

const valid = serializeBackup(sampleFile());

/** Like editedFile, from a file with a record in every format-2 table. */
function editedV2File(edit: (file: Json & { data: Record<string, Json[]> }) => void): string {
  const value = JSON.parse(serializeBackup(sampleFile(sampleDataV2()))) as Json & { data: Record<string, Json[]> };
  edit(value);
  return JSON.stringify(value);
}

const cases: { name: string; text: () => string; message: RegExp }[] = [
  { name: 'empty file', text: () => '  \n', message: /^The file is empty\.$/ },
  {
    name: '51 MB file',
    text: () => 'x'.repeat(51 * 1024 * 1024),
    message: /^The file is 51\.0 MB; backups of this app are at most 50 MB\.$/,
  },
  {
    name: 'truncated file',
    text: () => valid.slice(0, valid.length / 2),
    message: /^This file is not complete JSON \(it may have been cut off/,
  },
  { name: 'truncated inside a string', text: () => '{"app": "health', message: /not complete JSON/ },
  { name: 'not JSON at all', text: () => 'PK\u0003\u0004 zip bytes', message: /^This file is not JSON/ },
  { name: 'broken JSON', text: () => '{"app" 1}', message: /^This file is not valid JSON/ },
  { name: 'JSON list, not a backup', text: () => '[1, 2]', message: /^This is not a backup of this app/ },
  { name: 'JSON number', text: () => '42', message: /^This is not a backup of this app/ },
  { name: 'no app marker', text: () => '{"data": {}}', message: /^This is not a backup of this app\.$/ },
  {
    name: 'another app',
    text: () => editedFile((f) => (f.app = 'some-todo-app')),
    message: /^This is not a backup of this app \(it says it comes from "some-todo-app"\)\.$/,
  },
  {
    name: 'future format version',
    text: () => editedFile((f) => (f.formatVersion = 7)),
    message: /^This backup comes from a newer version of the app \(format 7\); update the app first/,
  },
  { name: 'format version text', text: () => editedFile((f) => (f.formatVersion = '1')), message: /no valid format version/ },
  {
    name: 'array nesting 10,000 deep',
    text: () => '['.repeat(10_000) + ']'.repeat(10_000),
    message: /^The file is nested more than 32 levels deep/,
  },
  {
    name: 'object nesting 10,000 deep',
    text: () => '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
    message: /nested more than 32 levels deep/,
  },
  {
    name: 'deep nesting inside a valid backup',
    text: () => editedFile((f) => (at(f.data, 'settings').value = JSON.parse('['.repeat(40) + ']'.repeat(40)))),
    message: /nested more than 32 levels deep/,
  },
  {
    name: '__proto__ at the top',
    text: () => valid.replace('{', '{"__proto__": {"polluted": true},'),
    message: /^The file contains the forbidden key "__proto__" at __proto__; it may have been tampered with/,
  },
  {
    name: '__proto__ nested in a record',
    text: () => valid.replace('"roadmapId": "r1"', '"__proto__": {"isAdmin": true}, "roadmapId": "r1"'),
    message: /forbidden key "__proto__" at progress\[0\]\.__proto__/,
  },
  {
    name: 'constructor key',
    text: () => valid.replace('"phaseDays": {', '"phaseDays": {"constructor": 3, '),
    message: /forbidden key "constructor"/,
  },
  {
    name: 'javascript: evidence url',
    text: () => editedFile((f) => (at(f.data, 'evidence').url = 'javascript:alert(document.cookie)')),
    message: /^The evidence link of “m1” cannot be used: The link should be an http:\/\/ or https:\/\/ address\.$/,
  },
  {
    name: 'data: evidence url',
    text: () => editedFile((f) => (at(f.data, 'evidence').url = 'data:text/html,<script>alert(1)</script>')),
    message: /^The evidence link of “m1” cannot be used: The link should be an http/,
  },
  {
    name: 'status not in the list',
    text: () => editedFile((f) => (at(f.data, 'progress', 1).status = 'finished')),
    message: /^The status of “g2” cannot be used: The status should be one of not-started, in-progress, done, skipped\.$/,
  },
  {
    name: 'wrong type',
    text: () => editedFile((f) => (at(f.data, 'progress').updatedAt = '2026-11-20')),
    message: /^The status of “g1” cannot be used: The time it was last changed should be a number \(epoch milliseconds\), not text\.$/,
  },
  {
    name: 'table not a list',
    text: () => editedFile((f) => ((f.data as Json).notes = {})),
    message: /^The notes in the file should be a list, not an object\.$/,
  },
  {
    name: 'missing field',
    text: () => editedFile((f) => delete at(f.data, 'notes').text),
    message: /^The note on “g1” cannot be used: The text is missing\.$/,
  },
  {
    name: 'missing table',
    text: () => editedFile((f) => delete (f.data as Json).settings),
    message: /^The file has no list of settings\.$/,
  },
  {
    name: 'negative minutes',
    text: () => editedFile((f) => (at(f.data, 'sessions').minutes = -30)),
    message: /^The study session of Fri, Nov 20, 2026 cannot be used: Minutes must be a whole number from 1 to 1,440\.$/,
  },
  {
    name: 'a day of minutes plus one',
    text: () => editedFile((f) => (at(f.data, 'sessions').minutes = 1441)),
    message: /from 1 to 1,440/,
  },
  {
    name: 'Feb 29 on a non-leap year',
    text: () => editedFile((f) => (at(f.data, 'sessions').day = '2025-02-29')),
    message:
      /^The study session dated “2025-02-29” \(45 min\) cannot be used: The day is not a real calendar day; pick one from the calendar\.$/,
  },
  {
    name: 'key mismatch',
    text: () => editedFile((f) => (at(f.data, 'progress').key = 'r1/someone-else')),
    message: /^The status of “g1” cannot be used: The key does not match roadmapId \+ "\/" \+ itemId\.$/,
  },
  {
    name: 'note longer than 20,000 characters',
    text: () => editedFile((f) => (at(f.data, 'notes').text = 'x'.repeat(20_001))),
    message: /^The note on “g1” cannot be used: The text is too long \(at most 20,000 characters\)\.$/,
  },
  {
    name: 'timestamp after the year 2100',
    text: () => editedFile((f) => (f.exportedAt = 4.2e12)),
    message: /^The backup's export time is after the year 2100\.$/,
  },
  {
    name: 'unknown plan target',
    text: () => editedFile((f) => (((at(f.data, 'plans').plan as Json).target as Json).mode = 'asap')),
    message: /^The plan of “r1” cannot be used: The target should be mode "as-written" or "finish-by"\.$/,
  },
  {
    name: 'phase days not whole',
    text: () => editedFile((f) => (((at(f.data, 'plans').plan as Json).phaseDays as Json).p1 = 2.5)),
    message: /^The plan of “r1” cannot be used: A phase can last from 1 to 3,650 days \(ten years\)\.$/,
  },
  {
    name: 'phase days as a list',
    text: () => editedFile((f) => ((at(f.data, 'plans').plan as Json).phaseDays = [30, 40])),
    message: /^The plan of “r1” cannot be used: The phase lengths should be an object, not a list\.$/,
  },
  {
    name: 'setting value an object',
    text: () => editedFile((f) => (at(f.data, 'settings').value = { nested: 1 })),
    message: /^The setting “lastBackupAt” cannot be used: The value should be text, a number, true\/false or null, not an object\.$/,
  },
  {
    name: 'control characters in an id',
    text: () => editedFile((f) => (at(f.data, 'sessions').id = 'a\u0000b')),
    message: /^The study session of Fri, Nov 20, 2026 \(45 min\) cannot be used: The id contains control characters\.$/,
  },
  {
    name: 'javascript: url in an own item',
    text: () => editedV2File((f) => (at(f.data, 'customItems').url = 'javascript:alert(document.cookie)')),
    message: /^Your own resource “My favourite SQL course” cannot be used: The link should be an http:\/\/ or https:\/\/ address\.$/,
  },
  {
    name: 'own item of an unknown kind',
    text: () => editedV2File((f) => (at(f.data, 'customItems').kind = 'task')),
    message: /cannot be used: The kind should be one of goal, resource\.$/,
  },
  {
    name: 'own item order not whole',
    text: () => editedV2File((f) => (at(f.data, 'customItems').order = 1.5)),
    message: /^Your own resource “My favourite SQL course” cannot be used: The position should be a whole number\.$/,
  },
  {
    name: 'review key mismatch',
    text: () => editedV2File((f) => (at(f.data, 'reviews').key = 'r1/another-card')),
    message: /^The practice schedule of “q-1” cannot be used: The key does not match roadmapId \+ "\/" \+ cardId\.$/,
  },
  {
    name: 'review state holding an object',
    text: () => editedV2File((f) => (at(f.data, 'reviews').state = { stability: { nested: 1 } })),
    message: /^The practice schedule of “q-1” cannot be used: The stability should be a finite number, text or null, not an object\.$/,
  },
  {
    name: 'review state as a list',
    text: () => editedV2File((f) => (at(f.data, 'reviews').state = [1, 2])),
    message: /^The practice schedule of “q-1” cannot be used: The practice schedule should be an object, not a list\.$/,
  },
  {
    name: 'hidden-item overlay key mismatch',
    text: () => editedV2File((f) => (at(f.data, 'itemOverlays').key = 'r2/g2')),
    message: /^The hidden item “g2” cannot be used: The key does not match roadmapId \+ "\/" \+ itemId\.$/,
  },
  {
    name: 'hidden flag of the wrong type',
    text: () => editedV2File((f) => (at(f.data, 'itemOverlays').isHidden = 'yes')),
    message: /^The hidden item “g2” cannot be used: The hidden flag should be true or false, not text\.$/,
  },
  {
    name: 'flashcard outline not a list',
    text: () => editedV2File((f) => (at(f.data, 'userCards').outline = 'one line')),
    message: /^Your card “What is OMOP\?” cannot be used: The answer outline should be a list, not text\.$/,
  },
  {
    name: 'format-2 table not a list',
    text: () => editedV2File((f) => ((f.data as Json).userCards = {})),
    message: /^The flashcards in the file should be a list, not an object\.$/,
  },
  {
    name: 'invalid embedded roadmap document',
    text: () => editedV2File((f) => (((at(f.data, 'roadmaps').roadmap as Json).roadmap as Json).phases = [])),
    message:
      /^The imported roadmap “Imported roadmap” cannot be used: The roadmap document is not a valid roadmap document \(.*at least one phase.*\)\.$/,
  },
  {
    name: 'embedded roadmap document with a javascript: link',
    text: () =>
      editedV2File((f) => {
        const phases = ((at(f.data, 'roadmaps').roadmap as Json).roadmap as Json).phases as Json[];
        ((phases[0] as Json).resources as Json[])[0] = { id: 'res1', title: 'x', url: 'javascript:alert(1)', kind: 'book' };
      }),
    message: /^The imported roadmap “Imported roadmap” cannot be used: The roadmap document is not a valid roadmap document/,
  },
  {
    name: 'imported roadmap missing its document',
    text: () => editedV2File((f) => delete at(f.data, 'roadmaps').roadmap),
    message: /^The imported roadmap “imported-1” cannot be used: The roadmap document is missing\.$/,
  },
  {
    name: "imported roadmap id not the document's",
    text: () => editedV2File((f) => (at(f.data, 'roadmaps').id = 'someone-else')),
    message: /^The imported roadmap “Imported roadmap” cannot be used: The id does not match the roadmap document's id\.$/,
  },
  {
    name: 'duplicate imported roadmap',
    text: () => editedV2File((f) => f.data.roadmaps?.push({ ...at(f.data, 'roadmaps') })),
    message: /^The imported roadmap “Imported roadmap” appears twice in the file\.$/,
  },
  {
    name: 'duplicate record',
    text: () => editedFile((f) => f.data.progress?.push({ ...at(f.data, 'progress') })),
    message: /^The status of “g1” appears twice in the file\.$/,
  },
];

describe('parseBackupText rejects bad files with a message naming the problem', () => {
  it.each(cases)('$name', ({ text, message }) => {
    const result = parseBackupText(text());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('parseBackupText accepts good files', () => {
  it('reads a valid backup, with a byte-order mark too', () => {
    expect(parseBackupText(valid)).toEqual({ ok: true, file: sampleFile() });
    expect(parseBackupText(`\uFEFF${valid}`).ok).toBe(true);
  });

  it('strips unknown keys in version 1 rather than rejecting them, format-2 table names included', () => {
    const text = editedFile((f) => {
      f.formatVersion = 1;
      (f.data as Json).userCards = [{ id: 'c1' }];
      at(f.data, 'progress').futureField = 'x';
      f.comment = 'hand edited';
    });
    const result = parseBackupText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file).toEqual({ ...sampleFile(), formatVersion: 1 });
    expect(result.file.data.userCards).toEqual([]);
  });

  it('reads a format-1 file (six tables only) with the newer tables empty', () => {
    const text = editedFile((f) => {
      f.formatVersion = 1;
      for (const table of ['userCards', 'reviews', 'customItems', 'itemOverlays', 'roadmaps']) delete (f.data as Json)[table];
    });
    const result = parseBackupText(text);
    expect(result.ok && result.file.formatVersion).toBe(1);
    expect(result.ok && result.file.data).toEqual(sampleFile().data);
  });

  it('reads a format-2 file with every table, and one without the format-2 tables', () => {
    const full = sampleFile(sampleDataV2());
    expect(parseBackupText(serializeBackup(full))).toEqual({ ok: true, file: full });
    const withoutNewer = editedV2File((f) => {
      delete (f.data as Json).reviews;
      delete (f.data as Json).roadmaps;
    });
    const result = parseBackupText(withoutNewer);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.data.reviews).toEqual([]);
    expect(result.file.data.roadmaps).toEqual([]);
    expect(result.file.data.userCards).toEqual(full.data.userCards);
  });

  it("keeps an imported roadmap document as plain data, never the caller's object", () => {
    const document = roadmapDocument('imported-1');
    const file = sampleFile({
      ...createEmptyBackupData(),
      roadmaps: [{ id: 'imported-1', roadmap: document, importedAt: 1, updatedAt: 1, deletedAt: null, hlc: legacyHlc(1) }],
    });
    const result = validateBackupValue(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.data.roadmaps[0]?.roadmap).toEqual(document);
    expect(result.file.data.roadmaps[0]?.roadmap).not.toBe(document);
    expect(sampleData().roadmaps).toEqual([]);
  });

  it('accepts a blanked url on a removed evidence link only', () => {
    const removed = sampleFile({ ...sampleFile().data, evidence: [evidence('m1', '', { deletedAt: 5 })] });
    expect(parseBackupText(serializeBackup(removed)).ok).toBe(true);
    const live = sampleFile({ ...sampleFile().data, evidence: [evidence('m1', '')] });
    expect(parseBackupText(serializeBackup(live)).ok).toBe(false);
  });

  it('accepts Feb 29 on a leap year and edge values', () => {
    const data = {
      ...sampleFile().data,
      sessions: [session('s1', { day: day('2028-02-29'), minutes: 1440 }), session('s2', { minutes: 1, day: day('2000-01-01') })],
      progress: [progress('g1', { doneAt: 0, updatedAt: BACKUP_LIMITS.maxTimestamp })],
      notes: [note('g1', 'x'.repeat(20_000))],
    };
    expect(parseBackupText(serializeBackup(sampleFile(data))).ok).toBe(true);
  });

  it('returns fresh plain objects and never pollutes prototypes', () => {
    const value = JSON.parse(valid) as BackupFile;
    const result = validateBackupValue(value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file).not.toBe(value);
    expect(result.file.data.progress[0]).not.toBe(value.data.progress[0]);
    expect(Object.getPrototypeOf(result.file.data.plans[0]?.plan.phaseDays)).toBe(Object.prototype);

    parseBackupText(valid.replace('{', '{"__proto__": {"polluted": true},'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('checkBackupSize', () => {
  it('lets the UI refuse a big file before reading it', () => {
    expect(checkBackupSize(1024)).toBeNull();
    expect(checkBackupSize(50 * 1024 * 1024)).toBeNull();
    expect(checkBackupSize(51 * 1024 * 1024)).toBe('The file is 51.0 MB; backups of this app are at most 50 MB.');
  });
});
