import { db } from './database';
import { nextStamp, nextUpdatedAt } from './clock';
import { writeTransaction } from './write';
import { progressKey, type ItemStatus, type NoteRecord, type ProgressRecord } from '../domain/records';
import { applyNoteSave, nextNoteVersion } from '../domain/sync/note-versions';
import { InvalidInputError } from '../domain/errors';

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
    // Both reads at once (one trip to the database, not two); an unchanged status still advances
    // the clock, which costs nothing.
    const [existing, hlc] = await Promise.all([db.progress.get(key), nextStamp(now)]);
    if (existing && existing.status === status) return existing;
    const record: ProgressRecord = {
      key,
      roadmapId,
      itemId,
      status,
      doneAt: status === 'done' ? now : null,
      updatedAt: nextUpdatedAt(now, existing?.updatedAt),
      hlc,
    };
    await db.progress.put(record);
    return record;
  });
}

export interface NoteSaveOptions {
  /**
   * The stamp of the note as the editor loaded it (null: there was none). Undefined: build on
   * what is stored. When the stored note has moved on since, it is kept as an other version.
   */
  baseHlc?: string | null | undefined;
  /** Keys of other versions this save settles (merged into the text, or dismissed). */
  resolves?: readonly string[] | undefined;
}

/**
 * Saves a plain-text note; an empty note is a tombstone, so a later merge knows it was removed.
 * A version saved meanwhile in another tab or on another device is never overwritten: it stays as
 * an other version of the note (domain/sync/note-versions.ts) until a save settles it.
 */
export async function saveNote(
  roadmapId: string,
  itemId: string,
  text: string,
  now: number = Date.now(),
  { baseHlc, resolves = [] }: NoteSaveOptions = {},
): Promise<void> {
  const trimmed = text.trim();
  await writeTransaction([db.notes, db.noteVersions], async () => {
    const key = progressKey(roadmapId, itemId);
    const existing = await db.notes.get(key);
    const others = await db.noteVersions.where('noteKey').equals(key).toArray();
    const resolved = others.filter((other) => resolves.includes(other.key));
    const isBuiltOnStored = baseHlc === undefined || baseHlc === (existing?.hlc ?? null);
    if (resolved.length === 0 && isBuiltOnStored) {
      if (!existing && trimmed === '') return;
      if (existing && existing.text === trimmed && (existing.deletedAt === null) === (trimmed !== '')) return;
    }
    // The version the edit was built on: the stored one, an earlier version it replaced, or none.
    const base = isBuiltOnStored
      ? existing
      : (others.find((other) => other.hlc === baseHlc) ?? (baseHlc ? { hlc: baseHlc, ancestors: [] } : undefined));
    const updatedAt = nextUpdatedAt(now, existing?.updatedAt);
    const saved = nextNoteVersion<NoteRecord>(
      base,
      { key, roadmapId, itemId, text: trimmed, updatedAt, deletedAt: trimmed === '' ? updatedAt : null },
      await nextStamp(now),
      resolved,
    );
    const result = applyNoteSave<NoteRecord>({ current: existing, others }, saved);
    await db.notes.put(result.current);
    await db.noteVersions.bulkDelete(result.removedOtherKeys);
    await db.noteVersions.bulkPut(result.others);
  });
}

/**
 * Settles an other version of a note: 'use' makes its text the note, 'keep' keeps the note as it
 * is. Either way the other version stops being shown, on every device once synced.
 */
export async function resolveNoteVersion(
  roadmapId: string,
  itemId: string,
  versionKey: string,
  choice: 'use' | 'keep',
  now: number = Date.now(),
): Promise<void> {
  const key = progressKey(roadmapId, itemId);
  const [current, version] = await Promise.all([db.notes.get(key), db.noteVersions.get(versionKey)]);
  if (!version || version.noteKey !== key)
    throw new InvalidInputError('That version of the note is no longer there; it may have been settled in another tab.');
  const text = choice === 'use' ? (version.deletedAt === null ? version.text : '') : current?.deletedAt === null ? current.text : '';
  await saveNote(roadmapId, itemId, text, now, { resolves: [versionKey] });
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

export {
  EMPTY_ROADMAP_STATE,
  listNoteVersions,
  readEvidence,
  readNotes,
  readProgress,
  readRoadmapState,
  type RoadmapState,
} from './queries';
