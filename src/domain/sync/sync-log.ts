/**
 * The lines of the sync log, "3 ticks and a note from Phone": what one merge brought in from one
 * device, in the words of the app rather than of its tables.
 */
import type { BackupTable } from '../backup/backup-format';
import type { MergeResult, SyncRecord, TableCounts } from './merge';
import { formatMergeSummary, type TableNouns } from './merge-summary';

/** Ticks (an item became done) are told apart from other status changes (in progress, untick). */
export const SYNC_LOG_NOUNS: TableNouns = {
  ticks: ['a tick', 'ticks'],
  progress: ['a status change', 'status changes'],
  notes: ['a note', 'notes'],
  noteVersions: ['another version of a note', 'other versions of notes'],
  evidence: ['an evidence link', 'evidence links'],
  sessions: ['a study session', 'study sessions'],
  plans: ['a plan', 'plans'],
  settings: ['a setting', 'settings'],
  userCards: ['a flashcard', 'flashcards'],
  reviews: ['a flashcard review', 'flashcard reviews'],
  customItems: ['an own item', 'own items'],
  itemOverlays: ['a hidden item', 'hidden items'],
  roadmaps: ['an imported roadmap', 'imported roadmaps'],
} satisfies Partial<Record<BackupTable | 'ticks', readonly [string, string]>>;

const emptyCounts = (): TableCounts => ({ added: 0, updated: 0, deleted: 0, removed: 0 });

/**
 * Counts per log noun. Progress records that are now done count as ticks; other versions of notes
 * count only when one arrives (one settled by a later save is not news).
 */
export function countIncoming(result: Pick<MergeResult<SyncRecord>, 'changes' | 'counts'>): Record<string, TableCounts> {
  const counts: Record<string, TableCounts> = {};
  for (const [table, tableCounts] of Object.entries(result.counts)) {
    if (table === 'progress') continue;
    if (table === 'noteVersions') {
      if (tableCounts.added > 0) counts[table] = { ...emptyCounts(), added: tableCounts.added };
      continue;
    }
    counts[table] = tableCounts;
  }
  const progress = result.changes.progress?.put ?? [];
  const ticks = progress.filter((record) => (record as unknown as { status?: unknown }).status === 'done').length;
  if (ticks > 0) counts.ticks = { ...emptyCounts(), updated: ticks };
  if (progress.length > ticks) counts.progress = { ...emptyCounts(), updated: progress.length - ticks };
  return counts;
}

/** True when the counts hold anything a person would call news. */
export const hasNews = (counts: Readonly<Record<string, TableCounts>>): boolean =>
  Object.keys(SYNC_LOG_NOUNS).some((noun) => {
    const count = counts[noun];
    return count !== undefined && count.added + count.updated + count.deleted > 0;
  });

/** "3 ticks and a note from Phone" (or "Nothing new from Phone."). */
export const describeIncoming = (counts: Readonly<Record<string, TableCounts>>, deviceName: string): string =>
  formatMergeSummary(counts, SYNC_LOG_NOUNS, deviceName);
