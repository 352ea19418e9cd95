import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgressCsv, neutralizeFormula, progressCsvFileName, quoteCsvField } from '../../../../src/domain/backup/progress-csv';
import { T0, evidence, note, progress, roadmapFixture } from './backup-fixtures';

/** Minimal RFC 4180 reader, to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('buildProgressCsv', () => {
  const csv = buildProgressCsv(
    roadmapFixture,
    [
      progress('g1'),
      progress('m1', { status: 'in-progress', doneAt: null }),
      progress('g1', { roadmapId: 'other', key: 'other/g1', status: 'skipped' }),
    ],
    [note('g1', 'Tricky, "quoted"\nsecond line'), note('m1', '=cmd|calc', { deletedAt: 5 }), note('old-item', '-3 notes')],
    [evidence('m1', 'https://github.com/me/dash')],
  );
  const rows = readCsv(csv);

  it('writes a header and one CRLF-terminated row per item, in roadmap order', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual(['phase', 'kind', 'id', 'title', 'status', 'done_at', 'note', 'evidence']);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[4]])).toEqual([
      ['goal', 'g1', 'done'],
      ['goal', 'g2', 'not-started'],
      ['resource', 'res1', 'not-started'],
      ['milestone', 'm1', 'in-progress'],
      ['retired', 'old-item', 'not-started'],
    ]);
  });

  it('quotes commas, quotes and newlines, and formats done_at as ISO', () => {
    expect(rows[1]).toEqual([
      'Phase 1: Foundations, "basics"',
      'goal',
      'g1',
      'Learn SQL',
      'done',
      new Date(T0).toISOString(),
      'Tricky, "quoted"\nsecond line',
      '',
    ]);
    expect(csv).toContain('"Tricky, ""quoted""\nsecond line"');
    expect(rows[4]?.[7]).toBe('https://github.com/me/dash');
    expect(rows[4]?.[6]).toBe(''); // the note on m1 is deleted
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    expect(rows[2]?.[3]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[5]?.[6]).toBe("'-3 notes");
  });
});

describe('CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
  ])('neutralizeFormula(%j) = %j', (input, output) => expect(neutralizeFormula(input)).toBe(output));

  it('quoteCsvField round-trips any text through an RFC 4180 reader', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = `${cells.map(quoteCsvField).join(',')}\r\n`;
        expect(readCsv(line)).toEqual([cells]);
      }),
      { numRuns: 300 },
    );
  });

  it('names the file after roadmap and day', () => {
    expect(progressCsvFileName('r1', Date.UTC(2026, 10, 22, 12))).toBe('roadmap-progress-r1-2026-11-22.csv');
  });
});
