import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { runCommand } from '../../../src/db/commands';
import { readTimer } from '../../../src/db/timer-repo';
import { exportBackup } from '../../../src/db/backup-repo';
import { InvalidInputError } from '../../../src/domain/errors';
import { elapsedMs } from '../../../src/domain/study-timer';

const R = 'healthcare-ai-specialist';
const T0 = Date.UTC(2026, 11, 1, 18);
const target = { roadmapId: R, phaseId: 'p1-data-foundations-sql', itemId: 'p1-goal-healthcare-sql' };

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the study timer', () => {
  it('is stored with its start and pauses, so the time is computed again after a reload', async () => {
    await runCommand('timer.start', target, { now: T0 });
    await runCommand('timer.pause', {}, { now: T0 + 10 * 60_000 });
    await runCommand('timer.resume', {}, { now: T0 + 15 * 60_000 });
    const stored = await readTimer();
    expect(stored).toMatchObject({ ...target, startedAt: T0, stoppedAt: null });
    // "Reload" half an hour after the start: 25 minutes studied, 5 paused.
    expect(elapsedMs(stored!, T0 + 30 * 60_000)).toBe(25 * 60_000);
  });

  it('allows one timer at a time on the device, whatever the tab', async () => {
    await runCommand('timer.start', target, { now: T0 });
    await expect(runCommand('timer.start', { ...target, itemId: null }, { now: T0 + 1 })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('logs the session with the confirmed fields and clears the timer in one go', async () => {
    await runCommand('timer.start', target, { now: T0 });
    await runCommand('timer.stop', {}, { now: T0 + 42 * 60_000 });
    const record = await runCommand(
      'timer.log',
      {
        roadmapId: R,
        session: { day: '2026-12-01', minutes: 40, phaseId: target.phaseId, itemId: target.itemId, note: 'Window functions' },
      },
      { now: T0 + 43 * 60_000 },
    );
    expect(record).toMatchObject({ day: '2026-12-01', minutes: 40, itemId: target.itemId });
    expect(await readTimer()).toBeNull();
    await expect(
      runCommand(
        'timer.log',
        { roadmapId: R, session: { day: '2026-12-01', minutes: 40, phaseId: null, itemId: null, note: '' } },
        { now: T0 },
      ),
    ).rejects.toThrow(/no timer to log/);
    expect(await db.sessions.count()).toBe(1);
  });

  it('refuses to log a day out of bounds and keeps the timer', async () => {
    await runCommand('timer.start', target, { now: T0 });
    await runCommand('timer.stop', {}, { now: T0 + 60_000 });
    await expect(
      runCommand(
        'timer.log',
        { roadmapId: R, session: { day: '0202-12-01', minutes: 1, phaseId: null, itemId: null, note: '' } },
        { now: T0 },
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await readTimer()).not.toBeNull();
  });

  it('stays on the device: it is not in the backup', async () => {
    await runCommand('timer.start', target, { now: T0 });
    const { text } = await exportBackup(T0);
    expect(text).not.toContain('studyTimer');
  });
});
