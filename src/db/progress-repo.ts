import { db } from './database';
import { nextStamp, nextUpdatedAt } from './clock';
import { writeTransaction } from './write';
import { progressKey, type EvidenceRecord, type ItemStatus, type NoteRecord, type ProgressRecord } from '../domain/records';

/** Everything the tracker shows for one roadmap, keyed by item id. */
export interface RoadmapState {
  progress: Map<string, ProgressRecord>;
  notes: Map<string, NoteRecord>;
  evidence: Map<string, EvidenceRecord>;
}

/** Reads the progress, live notes and live evidence of one roadmap (use inside useLiveQuery). */
export async function readRoadmapState(roadmapId: string): Promise<RoadmapState> {
  // Keys are `${roadmapId}/${itemId}` and roadmap ids never contain '/': a primary-key prefix range
  // selects exactly this roadmap, and is cheaper for live queries to track than a secondary index.
  const prefix = `${roadmapId}/`;
  const [progress, notes, evidence] = await Promise.all([
    db.progress.where('key').startsWith(prefix).toArray(),
    db.notes.where('key').startsWith(prefix).toArray(),
    db.evidence.where('key').startsWith(prefix).toArray(),
  ]);
  return {
    progress: new Map(progress.map((record) => [record.itemId, record])),
    notes: new Map(notes.filter((note) => note.deletedAt === null).map((note) => [note.itemId, note])),
    evidence: new Map(evidence.filter((link) => link.deletedAt === null).map((link) => [link.itemId, link])),
  };
}

/**
 * Sets the status of a goal, resource or milestone. Resolves only once the transaction committed.
 * The input was checked by the command (progress.setStatus).
 */
export async function setItemStatus(
  roadmapId: string,
  itemId: string,
  status: ItemStatus,
  now: number = Date.now(),
): Promise<ProgressRecord> {
  return writeTransaction([db.progress], async () => {
    const key = progressKey(roadmapId, itemId);
    const existing = await db.progress.get(key);
    if (existing && existing.status === status) return existing;
    const record: ProgressRecord = {
      key,
      roadmapId,
      itemId,
      status,
      doneAt: status === 'done' ? now : null,
      updatedAt: nextUpdatedAt(now, existing?.updatedAt),
      hlc: await nextStamp(now),
    };
    await db.progress.put(record);
    return record;
  });
}

/** Saves a plain-text note; an empty note is a tombstone, so a later merge knows it was removed. */
export async function saveNote(roadmapId: string, itemId: string, text: string, now: number = Date.now()): Promise<void> {
  const trimmed = text.trim();
  await writeTransaction([db.notes], async () => {
    const key = progressKey(roadmapId, itemId);
    const existing = await db.notes.get(key);
    if (!existing && trimmed === '') return;
    if (existing && existing.text === trimmed && (existing.deletedAt === null) === (trimmed !== '')) return;
    const updatedAt = nextUpdatedAt(now, existing?.updatedAt);
    await db.notes.put({
      key,
      roadmapId,
      itemId,
      text: trimmed,
      updatedAt,
      deletedAt: trimmed === '' ? updatedAt : null,
      hlc: await nextStamp(now),
    });
  });
}

/** Saves a milestone's evidence link (checked by the command); an empty value removes it (tombstone). */
export async function saveEvidence(roadmapId: string, itemId: string, url: string, now: number = Date.now()): Promise<void> {
  const trimmed = url.trim();
  await writeTransaction([db.evidence], async () => {
    const key = progressKey(roadmapId, itemId);
    const existing = await db.evidence.get(key);
    if (!existing && trimmed === '') return;
    if (existing && existing.url === trimmed && existing.deletedAt === null) return;
    if (existing && existing.deletedAt !== null && trimmed === '') return;
    const updatedAt = nextUpdatedAt(now, existing?.updatedAt);
    await db.evidence.put({
      key,
      roadmapId,
      itemId,
      url: trimmed === '' ? (existing?.url ?? '') : trimmed,
      updatedAt,
      deletedAt: trimmed === '' ? updatedAt : null,
      hlc: await nextStamp(now),
    });
  });
}
