import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { readRoadmapState, setItemStatus } from '../../../src/db/progress-repo';
import { runCommand } from '../../../src/db/commands';

/** Notes and evidence links are written through their commands, which check them first. */
const saveNote = (roadmapId: string, itemId: string, text: string, now: number) =>
  runCommand('note.save', { roadmapId, itemId, text }, { now });
const saveEvidence = (roadmapId: string, itemId: string, url: string, now: number) =>
  runCommand('evidence.save', { roadmapId, itemId, url }, { now });
import { InvalidInputError } from '../../../src/domain/errors';

const ROADMAP = 'healthcare-ai-specialist';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('setItemStatus', () => {
  it('stores a tick with its time and reads it back by item id', async () => {
    await setItemStatus(ROADMAP, 'p1-goal-a', 'done', 1_000);
    const state = await readRoadmapState(ROADMAP);
    expect(state.progress.get('p1-goal-a')).toEqual({
      key: `${ROADMAP}/p1-goal-a`,
      roadmapId: ROADMAP,
      itemId: 'p1-goal-a',
      status: 'done',
      doneAt: 1_000,
      updatedAt: 1_000,
      hlc: expect.stringMatching(/^000000000001000-000000-[0-9a-f]{16}$/) as string,
    });
  });

  it.each([
    ['in-progress', null],
    ['skipped', null],
    ['not-started', null],
  ] as const)('clears doneAt when the status becomes %s', async (status, doneAt) => {
    await setItemStatus(ROADMAP, 'x', 'done', 1_000);
    const record = await setItemStatus(ROADMAP, 'x', status, 2_000);
    expect(record.doneAt).toBe(doneAt);
    expect(record.status).toBe(status);
  });

  it('keeps updatedAt increasing even when the clock goes backwards', async () => {
    await setItemStatus(ROADMAP, 'x', 'done', 5_000);
    const record = await setItemStatus(ROADMAP, 'x', 'skipped', 1_000);
    expect(record.updatedAt).toBe(5_001);
  });

  it('does not rewrite a record when the status is unchanged', async () => {
    await setItemStatus(ROADMAP, 'x', 'done', 1_000);
    const record = await setItemStatus(ROADMAP, 'x', 'done', 9_000);
    expect(record.updatedAt).toBe(1_000);
  });

  it('keeps each roadmap’s progress separate', async () => {
    await setItemStatus(ROADMAP, 'shared-id', 'done', 1);
    await setItemStatus('other-roadmap', 'shared-id', 'skipped', 1);
    expect((await readRoadmapState(ROADMAP)).progress.get('shared-id')?.status).toBe('done');
    expect((await readRoadmapState('other-roadmap')).progress.get('shared-id')?.status).toBe('skipped');
  });

  it('keeps progress on an id the content no longer has (retired items are never deleted)', async () => {
    await setItemStatus(ROADMAP, 'p9-removed-goal', 'done', 1);
    expect((await readRoadmapState(ROADMAP)).progress.has('p9-removed-goal')).toBe(true);
  });

  it('writes nothing and reports the reason when the database is closed', async () => {
    db.close();
    await expect(setItemStatus(ROADMAP, 'x', 'done', 1)).rejects.toMatchObject({ name: 'StorageError' });
    await db.open();
    expect(await db.progress.count()).toBe(0);
  });
});

describe('saveNote', () => {
  it('stores plain text exactly as typed (trimmed), markup included', async () => {
    await saveNote(ROADMAP, 'x', '  <img src=x onerror=alert(1)> looks fine  ', 1_000);
    expect((await readRoadmapState(ROADMAP)).notes.get('x')?.text).toBe('<img src=x onerror=alert(1)> looks fine');
  });

  it('tombstones a cleared note instead of deleting it', async () => {
    await saveNote(ROADMAP, 'x', 'first', 1_000);
    await saveNote(ROADMAP, 'x', '   ', 2_000);
    expect((await readRoadmapState(ROADMAP)).notes.has('x')).toBe(false);
    expect(await db.notes.get(`${ROADMAP}/x`)).toMatchObject({ text: '', deletedAt: 2_000, updatedAt: 2_000 });
  });

  it('revives a tombstoned note when text is written again', async () => {
    await saveNote(ROADMAP, 'x', 'first', 1_000);
    await saveNote(ROADMAP, 'x', '', 2_000);
    await saveNote(ROADMAP, 'x', 'again', 3_000);
    expect(await db.notes.get(`${ROADMAP}/x`)).toMatchObject({ text: 'again', deletedAt: null, updatedAt: 3_000 });
  });

  it('creates no record for an empty note on an item that never had one', async () => {
    await saveNote(ROADMAP, 'x', '', 1_000);
    expect(await db.notes.count()).toBe(0);
  });

  it('rejects a note over the limit and writes nothing', async () => {
    await expect(saveNote(ROADMAP, 'x', 'y'.repeat(20_001), 1)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.notes.count()).toBe(0);
  });
});

describe('saveEvidence', () => {
  it('stores an https link on a milestone', async () => {
    await saveEvidence(ROADMAP, 'p1-milestone', 'https://github.com/me/omop-queries', 1_000);
    expect((await readRoadmapState(ROADMAP)).evidence.get('p1-milestone')?.url).toBe('https://github.com/me/omop-queries');
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'github.com/me', 'ftp://x.org'])('rejects %s and writes nothing', async (url) => {
    await expect(saveEvidence(ROADMAP, 'p1-milestone', url, 1)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.evidence.count()).toBe(0);
  });

  it('removes a link as a tombstone, keeping the old address for merges', async () => {
    await saveEvidence(ROADMAP, 'm', 'https://example.org/a', 1_000);
    await saveEvidence(ROADMAP, 'm', '', 2_000);
    expect((await readRoadmapState(ROADMAP)).evidence.has('m')).toBe(false);
    expect(await db.evidence.get(`${ROADMAP}/m`)).toMatchObject({ deletedAt: 2_000, url: 'https://example.org/a' });
  });
});
