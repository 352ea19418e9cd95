/**
 * A CSV of one roadmap's progress, for spreadsheets. It is a report, not a backup: import reads
 * only the JSON file. RFC 4180 (CRLF, quoted fields, doubled quotes) with formula-injection guard,
 * because notes are free text and a spreadsheet would run a note starting with "=".
 */
import type { ItemKind, Roadmap } from '../../content/types';
import type { EvidenceRecord, ItemStatus, NoteRecord, ProgressRecord } from '../records';
import { localDayOf } from '../calendar-day';

export const PROGRESS_CSV_COLUMNS = ['phase', 'kind', 'id', 'title', 'status', 'done_at', 'note', 'evidence'] as const;

/** Characters that make Excel, LibreOffice or Sheets treat a cell as a formula or command. */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/** OWASP advice: a leading apostrophe makes the spreadsheet show the cell as text. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_TRIGGERS.some((trigger) => cell.startsWith(trigger)) ? `'${cell}` : cell;
}

export function quoteCsvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const toCsvRow = (cells: readonly string[]): string => cells.map((c) => quoteCsvField(neutralizeFormula(c))).join(',');

interface CsvItem {
  phase: string;
  kind: ItemKind | 'retired';
  id: string;
  title: string;
}

function listItems(roadmap: Roadmap): CsvItem[] {
  return roadmap.phases.flatMap((phase) => {
    const label = `Phase ${phase.number}: ${phase.title}`;
    return [
      ...phase.goals.map((g): CsvItem => ({ phase: label, kind: 'goal', id: g.id, title: g.text })),
      ...phase.resources.map((r): CsvItem => ({ phase: label, kind: 'resource', id: r.id, title: r.title })),
      { phase: label, kind: 'milestone', id: phase.milestone.id, title: phase.milestone.text },
    ];
  });
}

/** Live records of this roadmap by item id (tombstones are deletions, not content). */
function byItem<T extends { roadmapId: string; itemId: string }>(
  roadmapId: string,
  records: readonly T[],
  isLive: (record: T) => boolean,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) {
    if (record.roadmapId === roadmapId && isLive(record)) map.set(record.itemId, record);
  }
  return map;
}

export function buildProgressCsv(
  roadmap: Roadmap,
  progress: readonly ProgressRecord[],
  notes: readonly NoteRecord[],
  evidence: readonly EvidenceRecord[],
): string {
  const progressBy = byItem(roadmap.id, progress, () => true);
  const notesBy = byItem(roadmap.id, notes, (n) => n.deletedAt === null);
  const evidenceBy = byItem(roadmap.id, evidence, (e) => e.deletedAt === null);
  const items = listItems(roadmap);
  const known = new Set(items.map((item) => item.id));
  // Items dropped by a newer content version still carry the user's work: list them, don't hide them.
  const retiredIds = [...new Set([...progressBy.keys(), ...notesBy.keys(), ...evidenceBy.keys()])].filter((id) => !known.has(id)).sort();
  const rows = [...items, ...retiredIds.map((id): CsvItem => ({ phase: '', kind: 'retired', id, title: '' }))];

  const lines = [toCsvRow(PROGRESS_CSV_COLUMNS)];
  for (const item of rows) {
    const record = progressBy.get(item.id);
    const status: ItemStatus = record?.status ?? 'not-started';
    const doneAt = record?.doneAt != null ? new Date(record.doneAt).toISOString() : '';
    lines.push(
      toCsvRow([
        item.phase,
        item.kind,
        item.id,
        item.title,
        status,
        doneAt,
        notesBy.get(item.id)?.text ?? '',
        evidenceBy.get(item.id)?.url ?? '',
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const progressCsvFileName = (roadmapId: string, now: number): string => `roadmap-progress-${roadmapId}-${localDayOf(now)}.csv`;
