import { db } from './database';
import { guardStorage } from './storage-errors';
import { progressKey, type CustomItemRecord, type ItemOverlayRecord } from '../domain/records';
import { InvalidInputError, validateCustomItem } from '../domain/validation';

export interface OverlaySources {
  customItems: CustomItemRecord[];
  overlays: ItemOverlayRecord[];
}

/** The user's own items and hidden-item overlays of a roadmap (use inside useLiveQuery). */
export async function readOverlaySources(roadmapId: string): Promise<OverlaySources> {
  const [customItems, overlays] = await Promise.all([
    db.customItems.where('roadmapId').equals(roadmapId).toArray(),
    db.itemOverlays.where('roadmapId').equals(roadmapId).toArray(),
  ]);
  return { customItems: customItems.filter((item) => item.deletedAt === null), overlays };
}

function createItemId(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  return `own-${random}`;
}

export interface CustomItemInput {
  id?: string;
  phaseId: string;
  kind: 'goal' | 'resource';
  text: string;
  url: string | null;
}

/** Adds or edits an own goal or resource; bad input is refused before anything is written. */
export async function saveCustomItem(roadmapId: string, input: CustomItemInput, now: number = Date.now()): Promise<CustomItemRecord> {
  const problem = validateCustomItem(input);
  if (problem) throw new InvalidInputError(problem);
  return guardStorage(() =>
    db.transaction('rw', db.customItems, async () => {
      const existing = input.id ? await db.customItems.get(input.id) : undefined;
      if (input.id && (!existing || existing.deletedAt !== null)) throw new InvalidInputError('That item no longer exists.');
      const siblings = await db.customItems.where('roadmapId').equals(roadmapId).toArray();
      const order =
        existing?.order ?? 1 + Math.max(-1, ...siblings.filter((item) => item.phaseId === input.phaseId).map((item) => item.order));
      const record: CustomItemRecord = {
        id: existing?.id ?? createItemId(),
        roadmapId,
        phaseId: input.phaseId,
        kind: input.kind,
        text: input.text.trim(),
        url: input.kind === 'resource' ? (input.url?.trim() ?? null) : null,
        order,
        updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
        deletedAt: null,
      };
      await db.customItems.put(record);
      return record;
    }),
  );
}

/** Deletes an own item (tombstone); its progress and note are kept and show as retired. */
export async function deleteCustomItem(id: string, now: number = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.customItems, async () => {
      const existing = await db.customItems.get(id);
      if (!existing || existing.deletedAt !== null) return;
      const updatedAt = Math.max(now, existing.updatedAt + 1);
      await db.customItems.put({ ...existing, updatedAt, deletedAt: updatedAt });
    }),
  );
}

/** Moves an own item one place up or down among the own items of its kind in its phase. */
export async function moveCustomItem(id: string, direction: -1 | 1, now: number = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.customItems, async () => {
      const item = await db.customItems.get(id);
      if (!item || item.deletedAt !== null) return;
      const siblings = (await db.customItems.where('roadmapId').equals(item.roadmapId).toArray())
        .filter((other) => other.deletedAt === null && other.phaseId === item.phaseId && other.kind === item.kind)
        .sort((a, b) => a.order - b.order || a.updatedAt - b.updatedAt);
      const index = siblings.findIndex((other) => other.id === id);
      const neighbour = siblings[index + direction];
      if (!neighbour) return;
      // Renumber the whole list so equal orders (e.g. from a merge) cannot make a move a no-op.
      const reordered = [...siblings];
      reordered[index] = neighbour;
      reordered[index + direction] = item;
      await db.customItems.bulkPut(
        reordered.map((entry, position) => ({
          ...entry,
          order: position,
          updatedAt: entry.order === position ? entry.updatedAt : Math.max(now, entry.updatedAt + 1),
        })),
      );
    }),
  );
}

/** Hides or restores a built-in item without touching content or its progress. */
export async function setItemHidden(roadmapId: string, itemId: string, isHidden: boolean, now: number = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.itemOverlays, async () => {
      const key = progressKey(roadmapId, itemId);
      const existing = await db.itemOverlays.get(key);
      await db.itemOverlays.put({ key, roadmapId, itemId, isHidden, updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1) });
    }),
  );
}
