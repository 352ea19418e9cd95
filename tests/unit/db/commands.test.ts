/**
 * The command list refuses what a backup would refuse, before anything is written, with a sentence
 * a person can act on; and after any refused input the export still works. Each case here is one a
 * new user ran into with an earlier version, called on the command directly (the forms use the
 * same schemas for their messages).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { runCommand, type CommandInput, type CommandName } from '../../../src/db/commands';
import { exportBackup, readAllData } from '../../../src/db/backup-repo';
import { runUiCommand } from '../../../src/hooks/use-command';
import { setStorageHealth, useUiStore } from '../../../src/store/ui-store';
import { healthcareAiRoadmap } from '../../../src/content/healthcare-ai-roadmap';
import { buildBackup, canonicalJson } from '../../../src/domain/backup/backup-format';
import { toRoadmapDocument } from '../../../src/domain/roadmap-schema';
import { InvalidInputError } from '../../../src/domain/errors';
import { progress, roadmapFixture, sampleData } from '../domain/backup/backup-fixtures';

const R = healthcareAiRoadmap.id;
const NOW = Date.UTC(2026, 11, 1, 10);
const plan = (startDate: string, finishBy?: string) => ({
  startDate,
  target: finishBy === undefined ? { mode: 'as-written' as const } : { mode: 'finish-by' as const, finishBy },
  hoursPerWeek: null,
  phaseDays: {},
});
const session = (day: string, minutes = 45, note = '') => ({ day, minutes, phaseId: null, itemId: null, note });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

/** Runs a command that must be refused; returns the message. Nothing may have been written. */
async function expectRefused<N extends CommandName>(name: N, input: CommandInput<N>, now = NOW): Promise<string> {
  const before = canonicalJson(await readAllData());
  let refusal: unknown = null;
  try {
    await runCommand(name, input, { now });
  } catch (error) {
    refusal = error;
  }
  expect(refusal).toBeInstanceOf(InvalidInputError);
  expect(canonicalJson(await readAllData())).toBe(before);
  // After any refused input the backup still exports, with nothing set aside.
  const { file } = await exportBackup(now);
  expect(file.needsAttention).toEqual([]);
  return (refusal as InvalidInputError).message;
}

describe('study sessions', () => {
  it.each(['0202-05-01', '0001-01-01', '1969-12-31', '3000-01-01', '9999-12-31'])(
    'refuses a session dated %s, naming the bounds',
    async (day) => {
      expect(await expectRefused('session.add', { roadmapId: R, session: session(day) })).toBe(
        'The day of the session must be between Jan 1, 2000 and Dec 31, 2100.',
      );
    },
  );

  it('refuses a year typed with five digits and an empty day, each with its own sentence', async () => {
    expect(await expectRefused('session.add', { roadmapId: R, session: session('99999-05-01') })).toBe(
      'The day of the session is not a real calendar day; pick one from the calendar.',
    );
    expect(await expectRefused('session.add', { roadmapId: R, session: session('') })).toBe('Enter the day of the session.');
  });

  it('refuses editing a session to a day out of bounds', async () => {
    const saved = await runCommand('session.add', { roadmapId: R, session: session('2026-11-30') }, { now: NOW });
    await expectRefused('session.update', { id: saved.id, session: session('0202-05-01') });
    expect((await db.sessions.get(saved.id))?.day).toBe('2026-11-30');
  });

  it('keeps a day to 24 hours of study: a third full day is refused, saying what fits', async () => {
    await runCommand('session.add', { roadmapId: R, session: session('2026-11-30', 1_000) }, { now: NOW });
    expect(await expectRefused('session.add', { roadmapId: R, session: session('2026-11-30', 1_440) })).toBe(
      'Mon, Nov 30, 2026 already holds 16 h 40 min of study; a day has 24 hours, so at most 7 h 20 min more fit.',
    );
    await runCommand('session.add', { roadmapId: R, session: session('2026-11-30', 440) }, { now: NOW });
  });

  it('refuses a session note longer than it holds instead of cutting it', async () => {
    expect(await expectRefused('session.add', { roadmapId: R, session: session('2026-11-30', 30, 'n'.repeat(2_001)) })).toBe(
      'The note can be at most 2,000 characters; this one has 2,001.',
    );
  });
});

describe('plans', () => {
  it.each([
    ['9999-06-01', undefined, 'The start date must be between Jan 1, 2000 and Dec 31, 2100.'],
    ['0202-01-01', undefined, 'The start date must be between Jan 1, 2000 and Dec 31, 2100.'],
    ['1969-12-31', undefined, 'The start date must be between Jan 1, 2000 and Dec 31, 2100.'],
    ['', undefined, 'Enter the start date.'],
    ['2026-01-05', '3000-01-01', 'The finish-by date must be between Jan 1, 2000 and Dec 31, 2100.'],
    ['2026-01-05', '2026-01-05', 'The finish-by date must be after the start date.'],
  ])('refuses a plan starting %j (finish by %j)', async (start, finishBy, message) => {
    expect(await expectRefused('plan.save', { roadmapId: R, plan: plan(start, finishBy) })).toBe(message);
  });

  it('refuses a plan that would run past 2100, and one that makes a phase longer than ten years', async () => {
    expect(await expectRefused('plan.save', { roadmapId: R, plan: plan('2100-10-01') })).toMatch(/would end after Dec 31, 2100/);
    expect(
      await expectRefused('plan.save', { roadmapId: R, plan: { ...plan('2026-01-05'), phaseDays: { 'p1-data-foundations-sql': 3651 } } }),
    ).toBe('A phase can last from 1 to 3,650 days (ten years).');
    expect(await expectRefused('plan.save', { roadmapId: R, plan: plan('2026-01-05', '2099-12-31') })).toMatch(
      /last .* days; a phase can last at most 3,650 days/,
    );
  });

  it('refuses to re-plan a plan started long ago into a ten-year phase, and keeps the plan', async () => {
    await runCommand('progress.setStatus', { roadmapId: R, itemId: 'p1-goal-data-landscape', status: 'done' }, { now: NOW });
    for (const goal of healthcareAiRoadmap.phases[0]?.goals ?? []) {
      await runCommand('progress.setStatus', { roadmapId: R, itemId: goal.id, status: 'done' }, { now: NOW });
    }
    await runCommand(
      'progress.setStatus',
      { roadmapId: R, itemId: healthcareAiRoadmap.phases[0]!.milestone.id, status: 'done' },
      { now: NOW },
    );
    for (const resource of healthcareAiRoadmap.phases[0]?.resources ?? []) {
      await runCommand('progress.setStatus', { roadmapId: R, itemId: resource.id, status: 'done' }, { now: NOW });
    }
    await runCommand('plan.save', { roadmapId: R, plan: plan('2012-01-02') }, { now: NOW });
    expect(await expectRefused('plan.replan', { roadmapId: R, today: '2026-12-01' })).toMatch(/more than ten years/);
    expect((await db.plans.get(R))?.plan.startDate).toBe('2012-01-02');
  });

  it('ends a finish-by plan on the finish-by day itself', async () => {
    const saved = await runCommand('plan.save', { roadmapId: R, plan: plan('2026-01-05', '2026-10-01') }, { now: NOW });
    const { computeSchedule } = await import('../../../src/domain/plan');
    expect(computeSchedule(healthcareAiRoadmap.phases, saved.plan).at(-1)?.end).toBe('2026-10-01');
  });
});

describe('text that does not fit is refused, never cut', () => {
  it('refuses a 100 KB note with both sizes', async () => {
    expect(await expectRefused('note.save', { roadmapId: R, itemId: 'p1-goal-data-landscape', text: 'x'.repeat(100_000) })).toBe(
      'A note can be at most 20,000 characters; this one has 100,000.',
    );
  });

  it('refuses an own goal over 500 characters', async () => {
    expect(
      await expectRefused('ownItem.save', {
        roadmapId: R,
        item: { phaseId: 'p1-data-foundations-sql', kind: 'goal', text: 'g'.repeat(501), url: null },
      }),
    ).toBe('Keep the goal under 500 characters; this one has 501.');
  });
});

describe('imported roadmaps and backups', () => {
  it('refuses a roadmap whose phase id is reserved, before it is stored', async () => {
    const document = JSON.parse(
      JSON.stringify(
        toRoadmapDocument({
          ...roadmapFixture,
          id: 'imported',
          phases: roadmapFixture.phases.map((phase) => ({ ...phase, id: 'constructor' })),
        }),
      ),
    ) as unknown;
    expect(await expectRefused('roadmap.import', { document })).toMatch(/the id "constructor" is reserved/);
  });

  it('refuses a backup with a change dated in the year 3000, so a later untick cannot break the export', async () => {
    const file = JSON.parse(JSON.stringify(buildBackup(sampleData(), { appVersion: 'x', schemaVersion: 3, now: NOW }))) as {
      data: { progress: { updatedAt: number }[] };
    };
    const first = file.data.progress[0];
    if (first) first.updatedAt = Date.UTC(3000, 0, 1);
    expect(await expectRefused('backup.import', { file, mode: 'merge' })).toMatch(/The time it was last changed is after the year 2100/);
  });

  it('refuses an import after which the data would not fit in one backup, and says so before writing', async () => {
    const big = (id: string, count: number) => ({
      ...roadmapFixture,
      id,
      phases: Array.from({ length: 10 }, (_phase, p) => ({
        ...roadmapFixture.phases[0]!,
        id: `${id}-p${p}`,
        number: p + 1,
        goals: Array.from({ length: count }, (_goal, g) => ({
          id: `${id}-p${p}-g${g}`,
          text: `Goal ${g} ${'long words for size '.repeat(14)}`,
        })),
        milestone: { id: `${id}-p${p}-m`, text: 'Milestone' },
        resources: [],
      })),
    });
    // About 4.5 MB each as a roadmap file (under its 5 MB limit), more as stored in a pretty-printed backup.
    for (let index = 0; index < 12; index += 1) {
      try {
        await runCommand(
          'roadmap.import',
          { document: JSON.parse(JSON.stringify(toRoadmapDocument(big(`big-${index}`, 1_400)))) as unknown },
          { now: NOW },
        );
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        expect((error as Error).message).toMatch(
          /^With this roadmap your data would take \d+\.\d MB, more than the 49\.0 MB a backup of this app can hold/,
        );
        const { text } = await exportBackup(NOW);
        expect(new TextEncoder().encode(text).byteLength).toBeLessThanOrEqual(50 * 1024 * 1024);
        return;
      }
    }
    throw new Error('twelve large roadmaps should not all fit in one backup');
  }, 300_000);
});

describe('the runner', () => {
  it('clears a storage warning left by a failed write once a later write commits', async () => {
    setStorageHealth({ state: 'quota', message: 'This device is out of storage space for the app.' });
    const result = await runUiCommand('progress.setStatus', { roadmapId: R, itemId: 'p1-goal-data-landscape', status: 'done' });
    expect(result.ok).toBe(true);
    expect(useUiStore.getState().storage).toEqual({ state: 'ok' });
  });

  it('returns a refused input with its field and message, and writes nothing', async () => {
    const result = await runUiCommand('session.add', { roadmapId: R, session: session('0202-05-01') }, { isQuiet: true });
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      field: 'day',
      message: 'The day of the session must be between Jan 1, 2000 and Dec 31, 2100.',
    });
    expect(await db.sessions.count()).toBe(0);
    expect(progress('x')).toBeDefined();
  });
});
