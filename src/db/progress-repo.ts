import { db } from './database';
import { guardStorage } from './storage-errors';
import { progressKey, type EvidenceRecord, type ItemStatus, type NoteRecord, type ProgressRecord } from '../domain/records';
import { InvalidInputError, validateEvidenceUrl, validateNoteText } from '../domain/validation';

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

/** Sets the status of a goal, resource or milestone. Resolves only once the transaction committed. */
export async function setItemStatus(
  roadmapId: string,
  itemId: string,
  status: ItemStatus,
  now: number = Date.now(),
): Promise<ProgressRecord> {
  return guardStorage(() =>
    db.transaction('rw', db.progress, async () => {
      const key = progressKey(roadmapId, itemId);
      const existing = await db.progress.get(key);
      if (existing && existing.status === status) return existing;
      const record: ProgressRecord = {
        key,
        roadmapId,
        itemId,
        status,
        doneAt: status === 'done' ? now : null,
        updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
      };
      await db.progress.put(record);
      return record;
    }),
  );
}

/** Saves a plain-text note; an empty note is a tombstone, so a later merge knows it was removed. */
export async function saveNote(roadmapId: string, itemId: string, text: string, now: number = Date.now()): Promise<void> {
  const problem = validateNoteText(text);
  if (problem) throw new InvalidInputError(problem);
  const trimmed = text.trim();
  await guardStorage(() =>
    db.transaction('rw', db.notes, async () => {
      const key = progressKey(roadmapId, itemId);
      const existing = await db.notes.get(key);
      if (!existing && trimmed === '') return;
      if (existing && existing.text === trimmed && (existing.deletedAt === null) === (trimmed !== '')) return;
      const updatedAt = Math.max(now, (existing?.updatedAt ?? 0) + 1);
      await db.notes.put({
        key,
        roadmapId,
        itemId,
        text: trimmed,
        updatedAt,
        deletedAt: trimmed === '' ? updatedAt : null,
      });
    }),
  );
}

/** Saves a milestone's evidence link (http/https only); an empty value removes it (tombstone). */
export async function saveEvidence(roadmapId: string, itemId: string, url: string, now: number = Date.now()): Promise<void> {
  const trimmed = url.trim();
  if (trimmed !== '') {
    const problem = validateEvidenceUrl(trimmed);
    if (problem) throw new InvalidInputError(problem);
  }
  await guardStorage(() =>
    db.transaction('rw', db.evidence, async () => {
      const key = progressKey(roadmapId, itemId);
      const existing = await db.evidence.get(key);
      if (!existing && trimmed === '') return;
      const updatedAt = Math.max(now, (existing?.updatedAt ?? 0) + 1);
      await db.evidence.put({
        key,
        roadmapId,
        itemId,
        url: trimmed === '' ? (existing?.url ?? '') : trimmed,
        updatedAt,
        deletedAt: trimmed === '' ? updatedAt : null,
      });
    }),
  );
}
