/**
 * The one invariant behind every write: whatever the app accepts, it can export, import again
 * identically, restore from a restore point, and show.
 *
 * fast-check drives random sequences of commands (including the values that used to slip through:
 * far dates, re-plans of old plans, odd ids, long pastes, merges of generated backups, clocks that
 * go back) against the real database on fake-indexeddb, through runCommand exactly as the UI does.
 * A command may refuse its input (InvalidInputError); anything else it throws is a failure. After
 * every command the export must parse with nothing set aside; at the end of each sequence the data
 * must round-trip through Replace, a restore point must restore it, and every view model must
 * compute sane numbers.
 *
 * PROPERTY_RUNS sets the number of sequences (npm run test:property runs many more).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { runCommand, type CommandInput, type CommandName } from '../../../src/db/commands';
import { applyImport, exportBackup, readAllData } from '../../../src/db/backup-repo';
import { listSnapshots } from '../../../src/db/snapshot-repo';
import { readRoadmapState } from '../../../src/db/progress-repo';
import { listSessions } from '../../../src/db/sessions-repo';
import { readPlan } from '../../../src/db/plan-repo';
import { loadOverlaidRoadmap } from '../../../src/db/roadmap-lookup';
import { healthcareAiRoadmap } from '../../../src/content/healthcare-ai-roadmap';
import { listItems } from '../../../src/content/index';
import { canonicalJson, buildBackup } from '../../../src/domain/backup/backup-format';
import { parseBackupText } from '../../../src/domain/backup/parse-backup';
import { toRoadmapDocument } from '../../../src/domain/roadmap-schema';
import { computePlanOverview } from '../../../src/domain/plan-overview';
import { computeRoadmapProgress } from '../../../src/domain/progress';
import { computeConsistency, heatmapCells, minutesByDay, weeklyMinutes } from '../../../src/domain/study-stats';
import { computeBurnup } from '../../../src/domain/burnup';
import { localDayOf, studyDayOf } from '../../../src/domain/calendar-day';
import { InvalidInputError } from '../../../src/domain/errors';
import { backupDataArb } from '../domain/backup/backup-arbitraries';
import { roadmapFixture } from '../domain/backup/backup-fixtures';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 12);
const BUILT_IN = healthcareAiRoadmap.id;
const IMPORTED = 'prop-imported';
const ITEM_IDS = listItems(healthcareAiRoadmap).map((item) => item.id);
const PHASE_IDS = healthcareAiRoadmap.phases.map((phase) => phase.id);

type AnyCommand = { [N in CommandName]: { name: N; input: CommandInput<N> } }[CommandName];

/** Mostly days a person would pick, sometimes the edges and the typos that used to slip through. */
const dayArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2028, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2110, 0, 1)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2000-01-01',
      '2100-12-31',
      '2028-02-29',
      '2026-03-29',
      '2026-10-25',
      '0202-05-01',
      '0001-01-01',
      '1969-12-31',
      '3000-01-01',
      '9999-12-31',
      '9999-06-01',
      '2025-02-29',
      '',
    ),
  },
);
const roadmapIdArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant(BUILT_IN) },
  { weight: 1, arbitrary: fc.constantFrom(IMPORTED, 'roadmap-that-is-not-here') },
);
const itemIdArb = fc.oneof(
  fc.constantFrom(...ITEM_IDS),
  fc.constantFrom('retired-item', 'x'.repeat(200), 'constructor', '__proto__', 'ü-ünïcode'),
);
const textArb = fc.oneof(
  fc.string({ maxLength: 60, unit: 'grapheme' }),
  fc.constantFrom('', '   ', '👩🏽‍⚕️ notes', 'x'.repeat(20_000), 'y'.repeat(20_001), 'z'.repeat(2_001)),
);
const urlArb = fc.constantFrom(
  'https://github.com/me/portfolio',
  'http://localhost:4173/x',
  '',
  'javascript:alert(1)',
  'github.com/me',
  'ftp://x.org',
);
const minutesArb = fc.oneof(fc.integer({ min: 1, max: 1440 }), fc.constantFrom(0, -5, 1441, 2.5, Number.NaN, 1440));
const planArb = fc.record({
  startDate: dayArb,
  target: fc.oneof(
    fc.constant({ mode: 'as-written' as const }),
    dayArb.map((finishBy) => ({ mode: 'finish-by' as const, finishBy })),
  ),
  hoursPerWeek: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(null, 0.5, 6, 168) },
    { weight: 1, arbitrary: fc.constantFrom(0, 169, -1) },
  ),
  phaseDays: fc.oneof(
    { weight: 3, arbitrary: fc.constant({}) },
    {
      weight: 2,
      arbitrary: fc.dictionary(fc.constantFrom(...PHASE_IDS, 'constructor', 'p9-unknown'), fc.constantFrom(1, 30, 3650, 3651, 0, 1.5), {
        maxKeys: 3,
        noNullPrototype: true,
      }),
    },
  ),
});

/** A small imported roadmap, sometimes with an id the format reserves. */
const roadmapDocumentArb = fc
  .constantFrom('p1', 'constructor')
  .map(
    (phaseId) =>
      JSON.parse(
        JSON.stringify(
          toRoadmapDocument({ ...roadmapFixture, id: IMPORTED, phases: roadmapFixture.phases.map((phase) => ({ ...phase, id: phaseId })) }),
        ),
      ) as unknown,
  );

const backupFileArb = backupDataArb().map((data) => buildBackup(data, { appVersion: 'x', schemaVersion: 3, now: Date.UTC(2026, 0, 1) }));

const commandArb: fc.Arbitrary<AnyCommand> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({
        roadmapId: roadmapIdArb,
        itemId: itemIdArb,
        status: fc.constantFrom('done', 'not-started', 'in-progress', 'skipped') as fc.Arbitrary<'done'>,
      })
      .map((input) => ({ name: 'progress.setStatus' as const, input })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ roadmapId: roadmapIdArb, itemId: itemIdArb, text: textArb })
      .map((input) => ({ name: 'note.save' as const, input })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ roadmapId: roadmapIdArb, itemId: itemIdArb, url: urlArb })
      .map((input) => ({ name: 'evidence.save' as const, input })),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({
        roadmapId: roadmapIdArb,
        day: dayArb,
        minutes: minutesArb,
        phaseId: fc.option(fc.constantFrom(...PHASE_IDS), { nil: null }),
        note: textArb,
      })
      .map(({ roadmapId, ...session }) => ({ name: 'session.add' as const, input: { roadmapId, session: { ...session, itemId: null } } })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ roadmapId: roadmapIdArb, plan: planArb, keepPrevious: fc.boolean() })
      .map((input) => ({ name: 'plan.save' as const, input })),
  },
  { weight: 2, arbitrary: fc.record({ roadmapId: roadmapIdArb, today: dayArb }).map((input) => ({ name: 'plan.replan' as const, input })) },
  { weight: 1, arbitrary: fc.record({ roadmapId: roadmapIdArb }).map((input) => ({ name: 'plan.undo' as const, input })) },
  {
    weight: 2,
    arbitrary: fc
      .record({
        roadmapId: roadmapIdArb,
        question: textArb,
        outline: fc.array(textArb, { maxLength: 3 }),
        phaseId: fc.constantFrom(...PHASE_IDS, ''),
      })
      .map(({ roadmapId, ...card }) => ({ name: 'card.save' as const, input: { roadmapId, card } })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        roadmapId: roadmapIdArb,
        kind: fc.constantFrom('goal', 'resource') as fc.Arbitrary<'goal'>,
        text: textArb,
        url: fc.option(urlArb, { nil: null }),
        phaseId: fc.constantFrom(...PHASE_IDS),
      })
      .map(({ roadmapId, ...item }) => ({ name: 'ownItem.save' as const, input: { roadmapId, item } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ roadmapId: roadmapIdArb, itemId: itemIdArb, isHidden: fc.boolean() })
      .map((input) => ({ name: 'overlay.setHidden' as const, input })),
  },
  { weight: 1, arbitrary: roadmapDocumentArb.map((document) => ({ name: 'roadmap.import' as const, input: { document } })) },
  { weight: 1, arbitrary: fc.record({ roadmapId: roadmapIdArb }).map((input) => ({ name: 'roadmap.follow' as const, input })) },
  {
    weight: 1,
    arbitrary: fc
      .record({ file: backupFileArb, mode: fc.constantFrom('merge', 'replace') as fc.Arbitrary<'merge'> })
      .map((input) => ({ name: 'backup.import' as const, input })),
  },
);

/** Wall clocks that mostly move on and sometimes go back a little. */
const stepsArb = fc.array(fc.tuple(commandArb, fc.integer({ min: -3_600_000, max: 3 * 86_400_000 })), { minLength: 1, maxLength: 10 });

async function runAllowingRefusal(command: AnyCommand, now: number): Promise<void> {
  try {
    await runCommand(command.name, command.input as never, { now });
  } catch (error) {
    if (error instanceof InvalidInputError) return;
    throw error;
  }
}

/** Every view model of every roadmap with data computes, with numbers a person could read as true. */
async function expectViewsToCompute(today: string): Promise<void> {
  for (const roadmapId of [BUILT_IN, IMPORTED]) {
    const roadmap = await loadOverlaidRoadmap(roadmapId);
    if (!roadmap) continue;
    const state = await readRoadmapState(roadmapId);
    const summary = computeRoadmapProgress(roadmap, state.progress);
    expect(summary.overall.percent).toBeGreaterThanOrEqual(0);
    expect(summary.overall.percent).toBeLessThanOrEqual(100);
    const sessions = await listSessions(roadmapId);
    for (const minutes of minutesByDay(sessions).values()) expect(minutes).toBeLessThanOrEqual(1440);
    const plan = await readPlan(roadmapId);
    const consistency = computeConsistency(sessions, today, plan?.plan.hoursPerWeek ?? null);
    expect(consistency.thisWeekMinutes).toBeLessThanOrEqual(7 * 1440);
    expect(heatmapCells(sessions, today)).toHaveLength(26 * 7);
    expect(weeklyMinutes(sessions, today, 12)).toHaveLength(12);
    if (!plan) continue;
    const overview = computePlanOverview(roadmap, plan.plan, state.progress, today);
    for (const window of overview.schedule) {
      expect(window.days).toBeGreaterThanOrEqual(1);
      expect(window.days).toBeLessThanOrEqual(3650);
      expect(window.end <= '2100-12-31').toBe(true);
    }
    if (overview.location.kind === 'in-phase') expect(overview.location.weeksInPhase).toBeLessThanOrEqual(522);
    if (overview.location.kind === 'after-end') expect(overview.location.daysSinceEnd).toBeLessThanOrEqual(40_000);
    computeBurnup({
      schedule: overview.schedule,
      itemsPerPhase: overview.counts.map(({ phaseId, total }) => ({ phaseId, total })),
      completions: [...state.progress.values()].flatMap((record) => (record.doneAt === null ? [] : [{ day: localDayOf(record.doneAt) }])),
      today,
    });
  }
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('whatever the app accepts, it can export, import again, restore and show', () => {
  it('holds for random sequences of commands', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(stepsArb, async (steps) => {
        await db.delete();
        await db.open();
        let now = Date.UTC(2026, 4, 1, 9);
        for (const [command, step] of steps) {
          now += step;
          await runAllowingRefusal(command, now);
          const { text, file } = await exportBackup(now);
          // Nothing the app stored needed setting aside: it could not have stored it.
          expect(file.needsAttention).toEqual([]);
          expect(parseBackupText(text).ok).toBe(true);
        }
        const before = canonicalJson(await readAllData());
        const { file } = await exportBackup(now);

        // A restore point taken now restores exactly this data.
        const taken = await runCommand('snapshot.takeDaily', {}, { now: now + 86_400_000 });
        if (taken.status === 'taken') {
          expect((await listSnapshots())[0]?.id).toBe(taken.id);
          await runCommand(
            'progress.setStatus',
            { roadmapId: BUILT_IN, itemId: 'p1-goal-data-landscape', status: 'skipped' },
            { now: now + 90_000_000 },
          );
          await runCommand('snapshot.restore', { id: taken.id }, { now: now + 90_000_001 });
          expect(canonicalJson(await readAllData())).toBe(before);
        } else {
          expect(['empty', 'not-due', 'unchanged']).toContain(taken.status);
        }

        // Import into an emptied database gives the same records.
        await db.delete();
        await db.open();
        await applyImport(file, 'replace', now + 100_000_000);
        expect(canonicalJson(await readAllData())).toBe(before);

        await expectViewsToCompute(studyDayOf(now));
      }),
      { numRuns: RUNS },
    );
  });
});
