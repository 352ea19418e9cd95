// Dexie captures `indexedDB` when it loads, so the fake must be installed first.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { readRoadmapState, setItemStatus } from '../../../src/db/progress-repo';
import {
  listStoredRoadmaps,
  readActiveRoadmapId,
  readStoredRoadmap,
  removeStoredRoadmap,
  saveStoredRoadmap,
  setActiveRoadmapId,
} from '../../../src/db/roadmap-repo';
import { computeRoadmapProgress } from '../../../src/domain/progress';
import { parseRoadmapDocument } from '../../../src/domain/roadmap-schema';
import { parseRoadmapText } from '../../../src/domain/roadmap-file';

const ID = 'data-engineering-basics';

/** A roadmap file's text; `goals` lets a later version drop or add goals. */
function roadmapText(goals: string[] = ['de-goal-joins', 'de-goal-windows'], title = 'Data engineering basics'): string {
  return JSON.stringify({
    format: 'roadmap-tracker/roadmap',
    formatVersion: 1,
    roadmap: {
      id: ID,
      title,
      phases: [
        {
          id: 'de-sql',
          title: 'SQL',
          weeks: 3,
          goals: goals.map((goalId) => ({ id: goalId, text: `Goal ${goalId}` })),
          milestone: { id: 'de-ms-sql', text: 'Model a small shop database' },
        },
      ],
    },
  });
}

/** Parses like the import screen does; a test fixture that does not parse is a broken test. */
function importable(text: string) {
  const result = parseRoadmapText(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The stored roadmap, validated again as the app does when it loads it. */
async function loadStored(roadmapId: string) {
  const record = await readStoredRoadmap(roadmapId);
  if (!record) return undefined;
  const parsed = parseRoadmapDocument(record.roadmap);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.roadmap;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('imported roadmaps', () => {
  it('saves a validated roadmap and lists it with its import time', async () => {
    const { roadmap, document } = importable(roadmapText());
    await saveStoredRoadmap(roadmap.id, document, 1_000);
    const listed = await listStoredRoadmaps();
    expect(listed).toEqual([
      { id: ID, roadmap: document, importedAt: 1_000, updatedAt: 1_000, deletedAt: null, hlc: expect.any(String) as string },
    ]);
    expect(await loadStored(ID)).toEqual(roadmap);
  });

  it('replaces the content when the same id is imported again, keeping the first import time', async () => {
    await saveStoredRoadmap(ID, importable(roadmapText()).document, 1_000);
    await saveStoredRoadmap(ID, importable(roadmapText(['de-goal-joins'], 'Data engineering, 2nd edition')).document, 2_000);
    const listed = await listStoredRoadmaps();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ importedAt: 1_000, updatedAt: 2_000 });
    expect((await loadStored(ID))?.title).toBe('Data engineering, 2nd edition');
  });

  it('removes an imported roadmap as a tombstone: gone from the list, still known to a later merge', async () => {
    await saveStoredRoadmap(ID, importable(roadmapText()).document, 1_000);
    await removeStoredRoadmap(ID, 2_000);
    expect(await listStoredRoadmaps()).toEqual([]);
    expect(await readStoredRoadmap(ID)).toBeUndefined();
    expect(await db.roadmaps.get(ID)).toMatchObject({ deletedAt: 2_000, updatedAt: 2_000 });
  });

  it('does nothing when asked to remove a roadmap it never had', async () => {
    await removeStoredRoadmap('never-imported', 1_000);
    expect(await db.roadmaps.count()).toBe(0);
  });
});

describe('the active roadmap', () => {
  it('is unset until the user picks one, then remembers the choice', async () => {
    expect(await readActiveRoadmapId()).toBeUndefined();
    await setActiveRoadmapId('credentials-degree-track', 1_000);
    expect(await readActiveRoadmapId()).toBe('credentials-degree-track');
    await setActiveRoadmapId(ID, 2_000);
    expect(await readActiveRoadmapId()).toBe(ID);
  });

  it('falls back to the default when the roadmap being followed is removed', async () => {
    await saveStoredRoadmap(ID, importable(roadmapText()).document, 1_000);
    await setActiveRoadmapId(ID, 1_000);
    await removeStoredRoadmap(ID, 2_000);
    expect(await readActiveRoadmapId()).toBeUndefined();
  });

  it('keeps following another roadmap when a different one is removed', async () => {
    await saveStoredRoadmap(ID, importable(roadmapText()).document, 1_000);
    await setActiveRoadmapId('credentials-degree-track', 1_000);
    await removeStoredRoadmap(ID, 2_000);
    expect(await readActiveRoadmapId()).toBe('credentials-degree-track');
  });
});

describe('progress of an imported roadmap', () => {
  it('is kept after the roadmap is removed and comes back when it is imported again', async () => {
    await saveStoredRoadmap(ID, importable(roadmapText()).document, 1_000);
    await setItemStatus(ID, 'de-goal-joins', 'done', 1_500);
    await removeStoredRoadmap(ID, 2_000);
    expect((await readRoadmapState(ID)).progress.get('de-goal-joins')?.status).toBe('done');

    await saveStoredRoadmap(ID, importable(roadmapText()).document, 3_000);
    expect(await db.roadmaps.get(ID)).toMatchObject({ deletedAt: null, updatedAt: 3_000 });
    const roadmap = await loadStored(ID);
    if (!roadmap) throw new Error('the re-imported roadmap is missing');
    const { overall } = computeRoadmapProgress(roadmap, (await readRoadmapState(ID)).progress);
    expect(overall).toMatchObject({ done: 1, total: 3 });
  });

  it('follows item ids: a new version keeps ticks on the ids it still has, and ticks on dropped ids are kept as retired', async () => {
    await saveStoredRoadmap(ID, importable(roadmapText()).document, 1_000);
    await setItemStatus(ID, 'de-goal-joins', 'done', 1_100);
    await setItemStatus(ID, 'de-goal-windows', 'done', 1_200);
    await saveStoredRoadmap(ID, importable(roadmapText(['de-goal-joins', 'de-goal-new'])).document, 2_000);
    const roadmap = await loadStored(ID);
    if (!roadmap) throw new Error('the new version is missing');
    const state = await readRoadmapState(ID);
    expect(computeRoadmapProgress(roadmap, state.progress).overall).toMatchObject({ done: 1, total: 3 });
    expect(state.progress.get('de-goal-windows')?.status).toBe('done');
  });

  it('stays separate from the progress of a built-in roadmap, even on the same item id', async () => {
    await saveStoredRoadmap(ID, importable(roadmapText()).document, 1_000);
    await setItemStatus(ID, 'de-goal-joins', 'done', 1_000);
    await setItemStatus('healthcare-ai-specialist', 'de-goal-joins', 'skipped', 1_000);
    expect((await readRoadmapState(ID)).progress.get('de-goal-joins')?.status).toBe('done');
    expect((await readRoadmapState('healthcare-ai-specialist')).progress.get('de-goal-joins')?.status).toBe('skipped');
  });
});
