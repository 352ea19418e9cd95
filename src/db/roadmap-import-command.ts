/**
 * The roadmap.import command: a roadmap document from a file is checked in full (the roadmap
 * schema, no clash with a built-in roadmap) and stored only if the data would still fit in a
 * backup afterwards. Loaded lazily with the roadmap schema.
 */
import { db } from './database';
import { saveStoredRoadmap } from './roadmap-repo';
import { MAX_STORED_BYTES, measureBackupBytes, resetDataEstimate } from './data-budget';
import { readCarried, carriedTables } from './backup-repo';
import { guardStorage } from './storage-errors';
import type { Roadmap } from '../content/types';
import { findBuiltInClash } from '../domain/roadmap-file';
import { parseRoadmapDocument, toRoadmapDocument } from '../domain/roadmap-schema';
import { legacyHlc } from '../domain/hlc';
import { megabytes } from '../domain/untrusted-json';
import { InvalidInputError } from '../domain/errors';

export async function importRoadmapDocument(document: unknown, now: number): Promise<Roadmap> {
  const parsed = parseRoadmapDocument(document);
  if (!parsed.ok) throw new InvalidInputError(`That roadmap file cannot be used: ${parsed.error}`);
  const { roadmap } = parsed;
  const clash = findBuiltInClash(roadmap.id);
  if (clash)
    throw new InvalidInputError(
      `The id "${roadmap.id}" belongs to the built-in roadmap “${clash.title}”; give the file's roadmap another id.`,
    );
  // Stored rebuilt from the validated roadmap, so it holds only known keys.
  const stored = toRoadmapDocument(roadmap);
  const carried = await guardStorage(() => db.transaction('r', carriedTables(), readCarried));
  const others = carried.data.roadmaps.filter((record) => record.id !== roadmap.id);
  const record = { id: roadmap.id, roadmap: stored, importedAt: now, updatedAt: now, deletedAt: null, hlc: legacyHlc(now) };
  const bytes = measureBackupBytes({ ...carried.data, roadmaps: [...others, record] }, carried.needsAttention);
  if (bytes > MAX_STORED_BYTES) {
    throw new InvalidInputError(
      `With this roadmap your data would take ${megabytes(bytes)}, more than the ${megabytes(MAX_STORED_BYTES)} a backup of this app can hold. Remove an imported roadmap you no longer follow first; nothing was imported.`,
    );
  }
  await saveStoredRoadmap(roadmap.id, stored, now);
  resetDataEstimate();
  return roadmap;
}
