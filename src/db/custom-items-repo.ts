import { db } from './database';
import { nextStamp, nextUpdatedAt } from './clock';
import { writeTransaction } from './write';
import { progressKey, type CustomItemRecord } from '../domain/records';
import { InvalidInputError } from '../domain/errors';

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

/** Adds or edits an own goal or resource (checked by the command ownItem.save). */
export async function saveCustomItem(roadmapId: string, input: CustomItemInput, now: number = Date.now()): Promise<CustomItemRecord> {
  return writeTransaction([db.customItems], async () => {
    const existing = input.id ? await db.customItems.get(input.id) : undefined;
    if (input.id && (!existing || existing.deletedAt !== null)) throw new InvalidInputError('That item no longer exists.');
    const siblings = await db.customItems.where('roadmapId').equals(roadmapId).toArray();
    // After the last live sibling; deleted ones do not count, so positions stay small.
    const order =
      existing?.order ??
      1 +
        siblings.reduce(
          (last, item) => (item.deletedAt === null && item.phaseId === input.phaseId ? Math.max(last, item.order) : last),
          -1,
        );
    const record: CustomItemRecord = {
      id: existing?.id ?? createItemId(),
      roadmapId,
      phaseId: input.phaseId,
      kind: input.kind,
      text: input.text.trim(),
      url: input.kind === 'resource' ? (input.url?.trim() ?? null) : null,
      order,
      updatedAt: nextUpdatedAt(now, existing?.updatedAt),
      deletedAt: null,
      hlc: await nextStamp(now),
    };
    await db.customItems.put(record);
    return record;
  });
}

/** Deletes an own item (tombstone); its progress and note are kept and show as retired. */
export async function deleteCustomItem(id: string, now: number = Date.now()): Promise<void> {
  await writeTransaction([db.customItems], async () => {
    const existing = await db.customItems.get(id);
    if (!existing || existing.deletedAt !== null) return;
    const updatedAt = nextUpdatedAt(now, existing.updatedAt);
    await db.customItems.put({ ...existing, updatedAt, deletedAt: updatedAt, hlc: await nextStamp(now) });
  });
}

/** Moves an own item one place up or down among the own items of its kind in its phase. */
export async function moveCustomItem(id: string, direction: -1 | 1, now: number = Date.now()): Promise<void> {
  await writeTransaction([db.customItems], async () => {
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
    const stamped: CustomItemRecord[] = [];
    for (const [position, entry] of reordered.entries()) {
      if (entry.order === position) continue;
      // One stamp after another from the device clock: each must be later than the last.
      // oxlint-disable-next-line no-await-in-loop
      stamped.push({ ...entry, order: position, updatedAt: nextUpdatedAt(now, entry.updatedAt), hlc: await nextStamp(now) });
    }
    await db.customItems.bulkPut(stamped);
  });
}

/** Hides or restores a built-in item without touching content or its progress. */
export async function setItemHidden(roadmapId: string, itemId: string, isHidden: boolean, now: number = Date.now()): Promise<void> {
  await writeTransaction([db.itemOverlays], async () => {
    const key = progressKey(roadmapId, itemId);
    const existing = await db.itemOverlays.get(key);
    const isHiddenNow = existing !== undefined && existing.deletedAt === null && existing.isHidden;
    if (isHiddenNow === isHidden) return;
    const updatedAt = nextUpdatedAt(now, existing?.updatedAt);
    // Restoring tombstones the overlay: "shown" is the state without one.
    await db.itemOverlays.put({
      key,
      roadmapId,
      itemId,
      isHidden,
      updatedAt,
      deletedAt: isHidden ? null : updatedAt,
      hlc: await nextStamp(now),
    });
  });
}

export { readOverlaySources, type OverlaySources } from './queries';
