import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import {
  deleteCustomItem,
  moveCustomItem,
  readOverlaySources,
  setItemHidden,
  type CustomItemInput,
} from '../../../src/db/custom-items-repo';
import { runCommand } from '../../../src/db/commands';

/** Own items are saved through their command, which checks them first. */
const saveCustomItem = (roadmapId: string, item: CustomItemInput, now: number) => runCommand('ownItem.save', { roadmapId, item }, { now });
import { setItemStatus } from '../../../src/db/progress-repo';
import { InvalidInputError } from '../../../src/domain/errors';

const R = 'healthcare-ai-specialist';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('own items', () => {
  it('adds goals and resources in order and reads them back', async () => {
    await saveCustomItem(R, { phaseId: 'p1', kind: 'goal', text: '  Practise window functions  ', url: null }, 1);
    await saveCustomItem(R, { phaseId: 'p1', kind: 'resource', text: 'Mode SQL tutorial', url: 'https://mode.com/sql-tutorial/' }, 2);
    const customItems = (await readOverlaySources(R)).customItems.sort((a, b) => a.order - b.order);
    expect(customItems.map((item) => [item.kind, item.text, item.url, item.order])).toEqual([
      ['goal', 'Practise window functions', null, 0],
      ['resource', 'Mode SQL tutorial', 'https://mode.com/sql-tutorial/', 1],
    ]);
    expect(customItems.every((item) => item.id.startsWith('own-'))).toBe(true);
  });

  it.each([
    [{ kind: 'goal' as const, text: '   ', url: null }, /Write the goal first/],
    [{ kind: 'goal' as const, text: 'x'.repeat(501), url: null }, /under 500 characters/],
    [{ kind: 'resource' as const, text: 'Evil', url: 'javascript:alert(1)' }, /Only http/],
    [{ kind: 'resource' as const, text: 'No scheme', url: 'example.org' }, /Start the address with https/],
    [{ kind: 'resource' as const, text: 'Missing', url: '' }, /Add the resource’s address/],
  ])('refuses bad input %# and writes nothing', async (input, message) => {
    await expect(saveCustomItem(R, { phaseId: 'p1', ...input }, 1)).rejects.toThrow(message);
    await expect(saveCustomItem(R, { phaseId: 'p1', ...input }, 1)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.customItems.count()).toBe(0);
  });

  it('edits in place, keeping id and order', async () => {
    const first = await saveCustomItem(R, { phaseId: 'p1', kind: 'goal', text: 'Old', url: null }, 1);
    await saveCustomItem(R, { id: first.id, phaseId: 'p1', kind: 'goal', text: 'New', url: null }, 2);
    expect((await readOverlaySources(R)).customItems).toEqual([
      expect.objectContaining({ id: first.id, text: 'New', order: 0, updatedAt: 2 }),
    ]);
  });

  it('reorders with move up and down, and ignores a move past the ends', async () => {
    const a = await saveCustomItem(R, { phaseId: 'p1', kind: 'goal', text: 'A', url: null }, 1);
    const b = await saveCustomItem(R, { phaseId: 'p1', kind: 'goal', text: 'B', url: null }, 2);
    const c = await saveCustomItem(R, { phaseId: 'p1', kind: 'goal', text: 'C', url: null }, 3);
    await moveCustomItem(c.id, -1, 4);
    await moveCustomItem(a.id, -1, 5);
    const order = (await readOverlaySources(R)).customItems.sort((x, y) => x.order - y.order).map((item) => item.id);
    expect(order).toEqual([a.id, c.id, b.id]);
  });

  it('deletes as a tombstone and keeps the item’s progress (shown as retired)', async () => {
    const item = await saveCustomItem(R, { phaseId: 'p1', kind: 'goal', text: 'A', url: null }, 1);
    await setItemStatus(R, item.id, 'done', 2);
    await deleteCustomItem(item.id, 3);
    expect((await readOverlaySources(R)).customItems).toEqual([]);
    expect(await db.customItems.get(item.id)).toMatchObject({ deletedAt: 3 });
    expect(await db.progress.get(`${R}/${item.id}`)).toMatchObject({ status: 'done' });
  });

  it('hides and restores a built-in item', async () => {
    await setItemHidden(R, 'p1-goal-data-landscape', true, 1);
    expect((await readOverlaySources(R)).overlays).toEqual([expect.objectContaining({ itemId: 'p1-goal-data-landscape', isHidden: true })]);
    await setItemHidden(R, 'p1-goal-data-landscape', false, 2);
    // Restoring tombstones the overlay, so a merge elsewhere learns the item is shown again.
    expect((await readOverlaySources(R)).overlays).toEqual([]);
    expect(await db.itemOverlays.get(`${R}/p1-goal-data-landscape`)).toMatchObject({ isHidden: false, updatedAt: 2, deletedAt: 2 });
  });
});
