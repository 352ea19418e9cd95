import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { runCommand } from '../../../src/db/commands';
import { readRoadmapState } from '../../../src/db/progress-repo';
import { exportBackup } from '../../../src/db/backup-repo';
import { listAttention } from '../../../src/db/attention-repo';

const R = 'healthcare-ai-specialist';
const ITEM = 'p1-goal-data-landscape';
const save = (text: string, now: number, baseHlc?: string | null) =>
  runCommand('note.save', { roadmapId: R, itemId: ITEM, text, baseHlc }, { now });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('a note saved in two tabs keeps both texts', () => {
  it('keeps the save made meanwhile in another tab as an other version, never overwriting it', async () => {
    await save('first draft', 1_000);
    const opened = (await readRoadmapState(R)).notes.get(ITEM);
    // Tab B opens the editor on "first draft" too, but tab A saves first.
    await save('edited in tab A', 2_000, opened?.hlc ?? null);
    await save('edited in tab B', 3_000, opened?.hlc ?? null);
    const state = await readRoadmapState(R);
    expect(state.notes.get(ITEM)?.text).toBe('edited in tab B');
    expect(state.noteVersions.get(ITEM)?.map((version) => version.text)).toEqual(['edited in tab A']);
  });

  it('does not make an other version when the editor started from what is stored', async () => {
    await save('one', 1_000);
    const opened = (await readRoadmapState(R)).notes.get(ITEM);
    await save('two', 2_000, opened?.hlc ?? null);
    expect((await readRoadmapState(R)).noteVersions.size).toBe(0);
  });

  it('restores the other version, or keeps the note, and then shows it no more', async () => {
    await save('base', 1_000);
    const opened = (await readRoadmapState(R)).notes.get(ITEM);
    await save('from the phone', 2_000, opened?.hlc ?? null);
    await save('from the laptop', 3_000, opened?.hlc ?? null);
    const [other] = (await readRoadmapState(R)).noteVersions.get(ITEM) ?? [];
    expect(other?.text).toBe('from the phone');
    await runCommand('note.resolveVersion', { roadmapId: R, itemId: ITEM, versionKey: other?.key ?? '', choice: 'use' }, { now: 4_000 });
    const after = await readRoadmapState(R);
    expect(after.notes.get(ITEM)?.text).toBe('from the phone');
    expect(after.noteVersions.size).toBe(0);
  });

  it('carries other versions in the backup', async () => {
    await save('base', 1_000);
    const opened = (await readRoadmapState(R)).notes.get(ITEM);
    await save('a', 2_000, opened?.hlc ?? null);
    await save('b', 3_000, opened?.hlc ?? null);
    const { file } = await exportBackup(4_000);
    expect(file.data.noteVersions.map((version) => version.text)).toEqual(['a']);
  });
});

describe('records that need attention', () => {
  it('puts a fixed session back and deletes another, through their commands', async () => {
    await db.attention.bulkPut([
      {
        id: 'sessions:s-1',
        table: 'sessions',
        record: {
          id: 's-1',
          roadmapId: R,
          day: '0202-05-01',
          minutes: 45,
          phaseId: null,
          itemId: null,
          note: '',
          updatedAt: 1,
          deletedAt: null,
        },
        problem: 'Too old.',
        detectedAt: 1,
      },
      { id: 'sessions:s-2', table: 'sessions', record: { id: 's-2' }, problem: 'Broken.', detectedAt: 2 },
    ]);
    await expect(
      runCommand(
        'attention.fix',
        { id: 'sessions:s-1', record: { ...((await db.attention.get('sessions:s-1'))?.record as object), day: '0202-05-02' } },
        { now: 5 },
      ),
    ).rejects.toThrow(/The day must be between Jan 1, 2000 and Dec 31, 2100/);
    await runCommand(
      'attention.fix',
      { id: 'sessions:s-1', record: { ...((await db.attention.get('sessions:s-1'))?.record as object), day: '2026-05-02' } },
      { now: 6 },
    );
    expect(await db.sessions.get('s-1')).toMatchObject({ day: '2026-05-02', minutes: 45, deletedAt: null });
    await runCommand('attention.delete', { id: 'sessions:s-2' }, { now: 7 });
    expect(await listAttention()).toEqual([]);
  });
});
