/**
 * Scale: the computations behind the dashboard, the plan and the study log grow linearly with the
 * data. Measured as deterministic operation counts (map lookups, reads of input elements), never as
 * wall-clock time: 10× the items must cost about 10× the operations, not 100×.
 * The bench (npm run bench) times the same functions at 1k and 10k.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Phase, Roadmap } from '../../../src/content/types';
import { healthcareAiRoadmap } from '../../../src/content/healthcare-ai-roadmap';
import { computeRoadmapProgress, listPhaseChecklist, statusOf } from '../../../src/domain/progress';
import { computePace } from '../../../src/domain/pace';
import { addDaysToDay, computeSchedule } from '../../../src/domain/plan';
import { computePlanOverview } from '../../../src/domain/plan-overview';
import type { ItemStatus, Plan, ProgressRecord, StudySessionRecord } from '../../../src/domain/records';
import { computeConsistency, heatmapCells, weeklyMinutes } from '../../../src/domain/study-stats';
import { day, planOf } from '../support/days';
import { legacyHlc } from '../../../src/domain/hlc';

const ITEMS_PER_PHASE = 100; // 90 goals, 9 resources, 1 milestone
const TODAY = '2026-11-22';

/** A Map that counts its lookups: stands in for the progress and notes maps the app builds. */
class CountingMap<K, V> extends Map<K, V> {
  gets = 0;
  override get(key: K): V | undefined {
    this.gets += 1;
    return super.get(key);
  }
}

/** An array that counts reads of its elements (iteration included). */
function countingArray<T>(items: T[]): { array: T[]; reads: () => number } {
  let reads = 0;
  const array = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { array, reads: () => reads };
}

/** Counts every Map#get made while `run` executes (maps built inside the functions included). */
const originalMapGet = Map.prototype.get;
function countMapGets(run: () => unknown): number {
  let gets = 0;
  Map.prototype.get = function countedGet(this: Map<unknown, unknown>, key: unknown) {
    gets += 1;
    return originalMapGet.call(this, key);
  };
  try {
    run();
  } finally {
    Map.prototype.get = originalMapGet;
  }
  return gets;
}
afterEach(() => {
  Map.prototype.get = originalMapGet;
});

function makeRoadmap(items: number): Roadmap {
  const phases: Phase[] = Array.from({ length: items / ITEMS_PER_PHASE }, (_, p) => {
    const id = `p${p + 1}`;
    return {
      id,
      number: p + 1,
      title: `Phase ${p + 1}`,
      weeks: 2 + (p % 5),
      goals: Array.from({ length: 90 }, (_goal, g) => ({ id: `${id}-g${g}`, text: `Goal ${g}` })),
      resources: Array.from({ length: 9 }, (_resource, r) => ({
        id: `${id}-r${r}`,
        title: `Resource ${r}`,
        url: 'https://example.org/',
        kind: 'docs' as const,
        isFree: true,
      })),
      milestone: { id: `${id}-m`, text: 'Milestone' },
    };
  });
  return { ...healthcareAiRoadmap, id: `scale-${items}`, phases };
}

function listItemIds(roadmap: Roadmap): string[] {
  return roadmap.phases.flatMap((phase) => [...phase.goals.map((g) => g.id), ...phase.resources.map((r) => r.id), phase.milestone.id]);
}

type Scenario = 'nothing done' | 'first half done' | 'every other item done' | 'everything done';
const SCENARIOS: Scenario[] = ['nothing done', 'first half done', 'every other item done', 'everything done'];

function makeProgress(roadmap: Roadmap, scenario: Scenario): CountingMap<string, ProgressRecord> {
  const ids = listItemIds(roadmap);
  const isDone = (index: number): boolean =>
    scenario === 'everything done' ||
    (scenario === 'first half done' && index < ids.length / 2) ||
    (scenario === 'every other item done' && index % 2 === 0);
  const map = new CountingMap<string, ProgressRecord>();
  ids.forEach((itemId, index) => {
    if (!isDone(index)) return;
    const status: ItemStatus = 'done';
    map.set(itemId, {
      key: `${roadmap.id}/${itemId}`,
      roadmapId: roadmap.id,
      itemId,
      status,
      doneAt: Date.UTC(2026, 0, 1) + index * 60_000,
      updatedAt: 0,
      hlc: legacyHlc(0),
    });
  });
  return map;
}

function makeSessions(count: number): StudySessionRecord[] {
  const first = addDaysToDay(TODAY, -count);
  return Array.from({ length: count }, (_, index) => ({
    id: `s${index}`,
    roadmapId: 'rm',
    day: day(addDaysToDay(first, index)),
    minutes: 15 + (index % 120),
    phaseId: null,
    itemId: null,
    note: '',
    updatedAt: 0,
    deletedAt: null,
    hlc: legacyHlc(0),
  }));
}

/**
 * The growth of `ops` from `small` to `large` inputs, net of what it costs with no input at all
 * (fixed windows such as a 26-week heatmap cost the same at any size).
 */
function growth(ops: (size: number) => number, small: number, large: number): number {
  const fixed = ops(0);
  return (ops(large) - fixed) / (ops(small) - fixed);
}

const PLAN: Plan = planOf({ startDate: '2026-01-05', target: { mode: 'as-written' }, hoursPerWeek: 10, phaseDays: {} });

describe('progress computations grow linearly with the roadmap', () => {
  it.each(SCENARIOS)('computeRoadmapProgress looks each item up about once (%s)', (scenario) => {
    const lookups = (items: number): number => {
      const roadmap = makeRoadmap(items);
      const progress = makeProgress(roadmap, scenario);
      // Phases are read a constant number of times each too: no scan of all phases per item.
      const phases = countingArray(roadmap.phases);
      computeRoadmapProgress({ ...roadmap, phases: phases.array }, progress);
      expect(phases.reads()).toBeLessThanOrEqual(3 * roadmap.phases.length);
      return progress.gets;
    };
    const at1k = lookups(1_000);
    const at10k = lookups(10_000);
    expect(at1k).toBeGreaterThanOrEqual(1_000);
    expect(at1k).toBeLessThanOrEqual(2 * 1_000);
    expect(at10k / at1k).toBeGreaterThan(9);
    expect(at10k / at1k).toBeLessThan(11);
  });

  it.each(SCENARIOS)("the dashboard's current checklist (status and note per item) costs the same at any roadmap size (%s)", (scenario) => {
    const lookups = (items: number): { summary: number; checklist: number } => {
      const roadmap = makeRoadmap(items);
      const progress = makeProgress(roadmap, scenario);
      const notes = new CountingMap<string, { text: string }>(
        listItemIds(roadmap)
          .filter((_, i) => i % 4 === 0)
          .map((id) => [id, { text: 'note' }]),
      );
      const summary = computeRoadmapProgress(roadmap, progress);
      const afterSummary = progress.gets;
      const current = roadmap.phases.find((phase) => phase.id === summary.currentPhaseId);
      for (const item of current ? listPhaseChecklist(current) : []) {
        statusOf(progress, item.id);
        notes.get(item.id);
      }
      return { summary: afterSummary, checklist: progress.gets - afterSummary + notes.gets };
    };
    const small = lookups(1_000);
    const large = lookups(10_000);
    // One phase's checklist: 90 goals + 1 milestone, one status and one note lookup each (none
    // when everything is done and there is no current phase).
    expect(large.checklist).toBe(small.checklist);
    expect(small.checklist).toBeLessThanOrEqual(2 * 91);
    expect((large.summary + large.checklist) / (small.summary + small.checklist)).toBeLessThan(11);
  });

  it.each(SCENARIOS)('computePlanOverview (schedule, pace, projection) stays linear (%s)', (scenario) => {
    const ops = (items: number): number => {
      const roadmap = makeRoadmap(items);
      const progress = makeProgress(roadmap, scenario);
      return countMapGets(() => computePlanOverview(roadmap, PLAN, progress, TODAY));
    };
    const ratio = growth(ops, 1_000, 10_000);
    expect(ratio).toBeGreaterThan(9);
    expect(ratio).toBeLessThan(11);
  });

  it('computeSchedule and computePace read each phase a constant number of times', () => {
    const reads = (items: number): number => {
      const roadmap = makeRoadmap(items);
      const phases = countingArray(roadmap.phases);
      const schedule = computeSchedule(phases.array, PLAN);
      const counts = countingArray(roadmap.phases.map((phase) => ({ phaseId: phase.id, done: 10, total: 91 })));
      const scheduleReads = countingArray(schedule);
      computePace(scheduleReads.array, counts.array, TODAY);
      return phases.reads() + counts.reads() + scheduleReads.reads();
    };
    const at1k = reads(1_000);
    expect(at1k).toBeLessThanOrEqual(10 * (1_000 / ITEMS_PER_PHASE));
    expect(reads(10_000) / at1k).toBeGreaterThan(9);
    expect(reads(10_000) / at1k).toBeLessThan(11);
  });
});

describe('study-log statistics grow linearly with the sessions', () => {
  const cases: Array<[string, (sessions: StudySessionRecord[]) => unknown]> = [
    ['heatmapCells (26 weeks)', (sessions) => heatmapCells(sessions, TODAY, 26)],
    ['weeklyMinutes (12 weeks)', (sessions) => weeklyMinutes(sessions, TODAY, 12)],
    ['computeConsistency', (sessions) => computeConsistency(sessions, TODAY, 10)],
  ];
  const sessionsBySize = new Map<number, StudySessionRecord[]>([0, 1_000, 10_000].map((n) => [n, makeSessions(n)]));

  it.each(cases)('%s reads each session once or twice', (_name, compute) => {
    for (const size of [1_000, 10_000]) {
      const sessions = countingArray(sessionsBySize.get(size) ?? []);
      compute(sessions.array);
      expect(sessions.reads()).toBeGreaterThanOrEqual(size);
      expect(sessions.reads()).toBeLessThanOrEqual(2 * size);
    }
  });

  it.each(cases)('%s makes about 10× the map lookups for 10× the sessions', (_name, compute) => {
    const ratio = growth((size) => countMapGets(() => compute(sessionsBySize.get(size) ?? [])), 1_000, 10_000);
    expect(ratio).toBeGreaterThan(9);
    expect(ratio).toBeLessThan(11);
  });
});
