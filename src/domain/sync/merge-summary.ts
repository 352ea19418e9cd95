/** The human line of a sync log: "3 ticks and a note from Phone". */
import type { TableCounts } from './merge';

/** Per table: the singular with its article and the plural, e.g. `['a note', 'notes']`. */
export type TableNouns = Readonly<Record<string, readonly [singular: string, plural: string]>>;

const joinWords = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;

/**
 * Counts the changes each table received (added, updated and deleted; settled other versions are
 * not news). Tables without nouns are left out; nothing left gives "Nothing new from Phone."
 */
export function formatMergeSummary(counts: Readonly<Record<string, TableCounts>>, nouns: TableNouns, deviceName: string): string {
  const parts = Object.entries(nouns).flatMap(([table, [singular, plural]]) => {
    const count = counts[table];
    const total = count ? count.added + count.updated + count.deleted : 0;
    if (total === 0) return [];
    return [total === 1 ? singular : `${total} ${plural}`];
  });
  return parts.length === 0 ? `Nothing new from ${deviceName}.` : `${joinWords(parts)} from ${deviceName}`;
}
