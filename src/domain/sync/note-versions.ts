/**
 * Notes are the one record where last-writer-wins would lose words: a note edited on the phone and
 * on the laptop between two syncs keeps both texts. To tell "edited on both sides" from "one side is
 * simply older", each saved version carries its ancestry:
 *
 *   hlc        the stamp of this version (unique: it ends in the device id)
 *   ancestors  stamps of the versions it was built on, newest first, at most MAX_NOTE_ANCESTORS
 *
 * Version `a` is superseded by `b` when `a.hlc` is in `b.ancestors`. Of all versions of a note that
 * replicas know, the ones no other version supersedes are its heads: the newest head (by hlc) is the
 * note, the others are kept as "other versions" in their own table until a save supersedes them.
 * Merging keeps "heads of the union", which is the same whatever order devices sync in.
 *
 * The cap bounds the size of a note record. A version more than MAX_NOTE_ANCESTORS saves behind the
 * current one on some other replica is no longer recognised as an ancestor, so it comes back as an
 * extra other version: an old text shown again, never a text lost.
 */
import { compareHlc, decodeHlc } from '../hlc';

export const MAX_NOTE_ANCESTORS = 50;

/** The fields of a note record that the merge and the save command rely on. */
export interface NoteVersion {
  key: string;
  text: string;
  deletedAt: number | null;
  hlc: string;
  ancestors: readonly string[];
}

/** A losing head, stored in the note-versions table under `${noteKey}@${hlc}`. */
export type OtherNoteVersion<T extends NoteVersion = NoteVersion> = Omit<T, 'key'> & {
  key: string;
  noteKey: string;
  /** The device that wrote it (the node of its hlc), for "the version from Phone". */
  deviceId: string;
};

export const otherVersionKey = (noteKey: string, hlc: string): string => `${noteKey}@${hlc}`;

/** Newest first, no repeats, capped: the same set always gives the same list. */
function normalizeAncestors(stamps: Iterable<string>): string[] {
  return [...new Set(stamps)].toSorted((a, b) => compareHlc(b, a)).slice(0, MAX_NOTE_ANCESTORS);
}

/** The ancestry of a new version built on `base` that also settles the `resolved` other versions. */
export function buildNoteAncestors(
  base: Pick<NoteVersion, 'hlc' | 'ancestors'> | undefined,
  resolved: readonly Pick<NoteVersion, 'hlc' | 'ancestors'>[] = [],
): string[] {
  const stamps: string[] = [];
  for (const version of [base, ...resolved]) if (version) stamps.push(version.hlc, ...version.ancestors);
  return normalizeAncestors(stamps);
}

/**
 * The next version of a note, for the note-save command (including clearing it, a tombstone).
 *
 * - `base` is the version the person started editing, exactly as it was loaded into the editor —
 *   not the one stored now, which a sync may have replaced meanwhile (then both are kept). Undefined
 *   for a note that did not exist.
 * - `fields` are the new record's own fields (key, text, updatedAt, deletedAt, …).
 * - `hlc` is a fresh stamp from the device's clock.
 * - `resolved` are other versions the person looked at and merged into this text or dismissed;
 *   they stop being shown on every device.
 */
export function nextNoteVersion<T extends NoteVersion>(
  base: Pick<NoteVersion, 'hlc' | 'ancestors'> | undefined,
  fields: Omit<T, 'hlc' | 'ancestors'>,
  hlc: string,
  resolved: readonly Pick<NoteVersion, 'hlc' | 'ancestors'>[] = [],
): T {
  const ancestors = buildNoteAncestors(base, resolved);
  if (ancestors.includes(hlc)) throw new Error('A new note version needs a new clock stamp.');
  return { ...fields, hlc, ancestors } as unknown as T;
}

export function toOtherVersion<T extends NoteVersion>(note: T): OtherNoteVersion<T> {
  return { ...note, key: otherVersionKey(note.key, note.hlc), noteKey: note.key, deviceId: decodeHlc(note.hlc)?.node ?? '' };
}

export function fromOtherVersion<T extends NoteVersion>(version: OtherNoteVersion<T>): T {
  const { noteKey, deviceId: _deviceId, ...rest } = version;
  return { ...rest, key: noteKey } as unknown as T;
}

/** `a` is superseded by `b`: b was built on a (directly or through saves in between). */
export const isSupersededBy = (a: Pick<NoteVersion, 'hlc'>, b: Pick<NoteVersion, 'ancestors'>): boolean => b.ancestors.includes(a.hlc);

/**
 * Heads of a set of versions of one note (distinct hlcs): the note (newest head by hlc) and the
 * other heads, oldest first. Data with an ancestry loop (only a corrupt file could hold one) falls
 * back to plain last-writer-wins so the result is still decided.
 */
export function selectNoteHeads<T extends NoteVersion>(versions: readonly T[]): { current: T; others: T[] } {
  const byHlc = versions.toSorted((a, b) => compareHlc(a.hlc, b.hlc));
  let heads = byHlc.filter((version) => !byHlc.some((other) => other !== version && isSupersededBy(version, other)));
  if (heads.length === 0) heads = byHlc.slice(-1);
  const current = heads.at(-1);
  if (!current) throw new Error('selectNoteHeads needs at least one version');
  return { current, others: heads.slice(0, -1) };
}

/**
 * What the note-save command stores locally after building `saved` with nextNoteVersion: the heads
 * of what was stored plus the new version. A stored version the new one was not built on (a sync
 * replaced the note while it was being edited) moves to the other versions instead of being
 * overwritten; other versions the save resolved are removed.
 */
export function applyNoteSave<T extends NoteVersion>(
  stored: { current: T | undefined; others: readonly OtherNoteVersion<T>[] },
  saved: T,
): { current: T; others: OtherNoteVersion<T>[]; removedOtherKeys: string[] } {
  const versions = new Map<string, T>();
  for (const version of [...stored.others.map((other) => fromOtherVersion(other)), ...(stored.current ? [stored.current] : []), saved]) {
    versions.set(version.hlc, version);
  }
  const { current, others } = selectNoteHeads([...versions.values()]);
  const kept = others.map((other) => toOtherVersion(other));
  const keptKeys = new Set(kept.map((other) => other.key));
  return { current, others: kept, removedOtherKeys: stored.others.map((other) => other.key).filter((key) => !keptKeys.has(key)) };
}
