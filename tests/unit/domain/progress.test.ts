import { describe, expect, it } from 'vitest';
import type { Phase, Roadmap } from '../../../src/content/types';
import { computePhaseProgress, computeRoadmapProgress, countStatuses, findNextUp, listPhaseChecklist } from '../../../src/domain/progress';
import type { ItemStatus } from '../../../src/domain/records';
import { healthcareAiRoadmap } from '../../../src/content/healthcare-ai-roadmap';

function makePhase(id: string, goals: number, resources = 2): Phase {
  return {
    id,
    number: 1,
    title: id,
    weeks: 2,
    goals: Array.from({ length: goals }, (_, index) => ({ id: `${id}-goal-${index}`, text: `Goal ${index}` })),
    resources: Array.from({ length: resources }, (_, index) => ({
      id: `${id}-res-${index}`,
      title: `Resource ${index}`,
      url: 'https://example.org/',
      kind: 'docs' as const,
      isFree: true,
    })),
    milestone: { id: `${id}-milestone`, text: 'Milestone' },
  };
}

function makeRoadmap(phases: Phase[]): Roadmap {
  return { ...healthcareAiRoadmap, id: 'test', phases };
}

function lookup(entries: Record<string, ItemStatus>) {
  return new Map(Object.entries(entries).map(([id, status]) => [id, { status }]));
}

describe('countStatuses', () => {
  it.each([
    { name: 'empty list', ids: [], statuses: {}, expected: { done: 0, total: 0, skipped: 0, inProgress: 0, percent: 100 } },
    { name: 'nothing ticked', ids: ['a', 'b'], statuses: {}, expected: { done: 0, total: 2, skipped: 0, inProgress: 0, percent: 0 } },
    {
      name: 'one of two done',
      ids: ['a', 'b'],
      statuses: { a: 'done' },
      expected: { done: 1, total: 2, skipped: 0, inProgress: 0, percent: 50 },
    },
    {
      name: 'skipped leaves the denominator',
      ids: ['a', 'b', 'c'],
      statuses: { a: 'done', b: 'skipped' },
      expected: { done: 1, total: 2, skipped: 1, inProgress: 0, percent: 50 },
    },
    {
      name: 'all skipped counts as complete',
      ids: ['a', 'b'],
      statuses: { a: 'skipped', b: 'skipped' },
      expected: { done: 0, total: 0, skipped: 2, inProgress: 0, percent: 100 },
    },
    {
      name: 'in progress is not done',
      ids: ['a', 'b', 'c'],
      statuses: { a: 'in-progress', b: 'done' },
      expected: { done: 1, total: 3, skipped: 0, inProgress: 1, percent: 33 },
    },
    {
      name: 'percent rounds down so 99.9% never shows as 100%',
      ids: Array.from({ length: 1000 }, (_, index) => `i${index}`),
      statuses: Object.fromEntries(Array.from({ length: 999 }, (_, index) => [`i${index}`, 'done' as const])),
      expected: { done: 999, total: 1000, skipped: 0, inProgress: 0, percent: 99 },
    },
    {
      name: 'unknown ids in progress are ignored',
      ids: ['a'],
      statuses: { zzz: 'done' },
      expected: { done: 0, total: 1, skipped: 0, inProgress: 0, percent: 0 },
    },
  ])('$name', ({ ids, statuses, expected }) => {
    expect(countStatuses(ids, lookup(statuses as Record<string, ItemStatus>))).toEqual(expected);
  });
});

describe('computePhaseProgress', () => {
  it('counts goals and the milestone, and resources separately as studied', () => {
    const phase = makePhase('p', 3, 4);
    const result = computePhaseProgress(
      phase,
      lookup({ 'p-goal-0': 'done', 'p-milestone': 'done', 'p-res-1': 'done', 'p-res-2': 'in-progress' }),
    );
    expect(result).toMatchObject({ done: 2, total: 4, percent: 50, resourcesStudied: 1, resourcesTotal: 4, isComplete: false });
  });

  it('is complete when every counted item is done or skipped', () => {
    const phase = makePhase('p', 2);
    expect(computePhaseProgress(phase, lookup({ 'p-goal-0': 'done', 'p-goal-1': 'skipped', 'p-milestone': 'done' })).isComplete).toBe(true);
  });
});

describe('computeRoadmapProgress', () => {
  const roadmap = makeRoadmap([makePhase('a', 2), makePhase('b', 2), makePhase('c', 1)]);

  it.each([
    { name: 'fresh start: phase a, first goal next', statuses: {}, current: 'a', next: 'a-goal-0', percent: 0 },
    { name: 'first goal done: the second is next', statuses: { 'a-goal-0': 'done' }, current: 'a', next: 'a-goal-1', percent: 12 },
    {
      name: 'skipped items are passed over for next up',
      statuses: { 'a-goal-0': 'skipped', 'a-goal-1': 'done' },
      current: 'a',
      next: 'a-milestone',
      percent: 14,
    },
    {
      name: 'a finished phase moves the current phase on',
      statuses: { 'a-goal-0': 'done', 'a-goal-1': 'done', 'a-milestone': 'done' },
      current: 'b',
      next: 'b-goal-0',
      percent: 37,
    },
    {
      name: 'an unfinished earlier phase stays current even when later ones advance',
      statuses: { 'b-goal-0': 'done', 'b-goal-1': 'done', 'b-milestone': 'done' },
      current: 'a',
      next: 'a-goal-0',
      percent: 37,
    },
    {
      name: 'an in-progress item counts as unfinished and is next up in order',
      statuses: { 'a-goal-0': 'in-progress' },
      current: 'a',
      next: 'a-goal-0',
      percent: 0,
    },
  ])('$name', ({ statuses, current, next, percent }) => {
    const result = computeRoadmapProgress(roadmap, lookup(statuses as Record<string, ItemStatus>));
    expect(result.currentPhaseId).toBe(current);
    expect(result.nextUp?.id).toBe(next);
    expect(result.overall.percent).toBe(percent);
  });

  it('has no current phase and nothing next when everything is done', () => {
    const all = Object.fromEntries(roadmap.phases.flatMap((phase) => listPhaseChecklist(phase).map((item) => [item.id, 'done' as const])));
    const result = computeRoadmapProgress(roadmap, lookup(all));
    expect(result.currentPhaseId).toBeNull();
    expect(result.nextUp).toBeNull();
    expect(result.overall).toMatchObject({ done: 8, total: 8, percent: 100 });
  });

  it('handles an empty roadmap', () => {
    const result = computeRoadmapProgress(makeRoadmap([]), new Map());
    expect(result).toMatchObject({ currentPhaseId: null, nextUp: null, overall: { done: 0, total: 0, percent: 100 } });
  });

  it('handles a huge roadmap (2,000 phases of 10 goals) in one pass', () => {
    const phases = Array.from({ length: 2000 }, (_, index) => makePhase(`p${index}`, 10, 0));
    const statuses = new Map<string, { status: ItemStatus }>();
    for (const phase of phases.slice(0, 1500)) for (const item of listPhaseChecklist(phase)) statuses.set(item.id, { status: 'done' });
    const result = computeRoadmapProgress(makeRoadmap(phases), statuses);
    expect(result.overall).toMatchObject({ done: 16_500, total: 22_000, percent: 75 });
    expect(result.currentPhaseId).toBe('p1500');
  });

  it('works on the real roadmap: 24 counted items, phase 1 first', () => {
    const result = computeRoadmapProgress(healthcareAiRoadmap, new Map());
    expect(result.overall.total).toBe(24);
    expect(result.currentPhaseId).toBe(healthcareAiRoadmap.phases[0]?.id);
    expect(result.nextUp?.id).toBe(healthcareAiRoadmap.phases[0]?.goals[0]?.id);
  });
});

describe('findNextUp', () => {
  it('returns null for a phase whose items are all skipped', () => {
    const phase = makePhase('p', 1);
    expect(findNextUp(phase, lookup({ 'p-goal-0': 'skipped', 'p-milestone': 'skipped' }))).toBeNull();
  });
});
