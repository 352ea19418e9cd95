import { describe, expect, it } from 'vitest';
import { healthcareAiRoadmap } from '../../../src/content';
import type { Roadmap } from '../../../src/content/types';
import { parseCalendarDay, type CalendarDay } from '../../../src/domain/calendar-day';
import { legacyHlc } from '../../../src/domain/hlc';
import type { CustomItemRecord, ItemOverlayRecord, ItemStatus, Plan, StudySessionRecord } from '../../../src/domain/records';
import {
  MAX_SUGGESTIONS,
  NEW_CARD_MINUTES,
  REVIEW_CARD_MINUTES,
  estimateCardMinutes,
  selectToday,
  selectWeek,
  type TodayInput,
} from '../../../src/domain/today';

const ROADMAP_ID = 'test-roadmap';
const roadmap: Roadmap = {
  ...healthcareAiRoadmap,
  id: ROADMAP_ID,
  interviewQuestions: [],
  phases: [
    {
      id: 'p1',
      number: 1,
      title: 'Foundations',
      weeks: 2,
      goals: [
        { id: 'p1-a', text: 'Learn SQL joins' },
        { id: 'p1-b', text: 'Learn HIPAA basics' },
      ],
      resources: [{ id: 'p1-r', title: 'A book', url: 'https://example.org/', kind: 'book', isFree: true }],
      milestone: { id: 'p1-m', text: 'Query a cohort' },
    },
    {
      id: 'p2',
      number: 2,
      title: 'Statistics',
      weeks: 2,
      goals: [
        { id: 'p2-a', text: 'Survival analysis' },
        { id: 'p2-b', text: 'Cohort studies' },
        { id: 'p2-c', text: 'Causal inference' },
        { id: 'p2-d', text: 'Logistic regression' },
      ],
      resources: [],
      milestone: { id: 'p2-m', text: 'Publish an analysis' },
    },
    {
      id: 'p3',
      number: 3,
      title: 'Prediction',
      weeks: 2,
      goals: [{ id: 'p3-a', text: 'Calibration' }],
      resources: [],
      milestone: { id: 'p3-m', text: 'Explain a model' },
    },
  ],
};
const ALL_ITEMS = roadmap.phases.flatMap((phase) => [...phase.goals.map((goal) => goal.id), phase.milestone.id]);

function statuses(entries: Record<string, ItemStatus>): TodayInput['progress'] {
  return new Map(Object.entries(entries).map(([id, status]) => [id, { status }]));
}
const allAs = (status: ItemStatus, ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, status]));
const P1_DONE = allAs('done', ['p1-a', 'p1-b', 'p1-m']);

function day(text: string): CalendarDay {
  const parsed = parseCalendarDay(text);
  if (parsed === null) throw new Error(`Not a study day: ${text}`);
  return parsed;
}
const HLC = legacyHlc(1);

function ownGoal(id: string, text: string, phaseId = 'p2', order = 0): CustomItemRecord {
  return { id, roadmapId: ROADMAP_ID, phaseId, kind: 'goal', text, url: null, order, updatedAt: 1, deletedAt: null, hlc: HLC };
}
const hide = (itemId: string): ItemOverlayRecord => ({
  key: `${ROADMAP_ID}/${itemId}`,
  roadmapId: ROADMAP_ID,
  itemId,
  isHidden: true,
  updatedAt: 1,
  deletedAt: null,
  hlc: HLC,
});

let sessionCount = 0;
function session(text: string, minutes: number, roadmapId = ROADMAP_ID): StudySessionRecord {
  sessionCount += 1;
  return {
    id: `s${sessionCount}`,
    roadmapId,
    day: day(text),
    minutes,
    phaseId: null,
    itemId: null,
    note: '',
    updatedAt: 1,
    deletedAt: null,
    hlc: HLC,
  };
}
const plan = (hoursPerWeek: number | null): Plan => ({
  startDate: day('2026-05-04'),
  target: { mode: 'as-written' },
  hoursPerWeek,
  phaseDays: {},
});

function input(overrides: Partial<TodayInput> = {}): TodayInput {
  return {
    roadmap,
    customItems: [],
    overlays: [],
    progress: statuses({}),
    cardsDue: { due: 0, fresh: 0 },
    sessions: [],
    plan: null,
    today: day('2026-05-06'),
    ...overrides,
  };
}

const suggestedIds = (overrides: Partial<TodayInput>) => selectToday(input(overrides)).suggestions.map((item) => item.itemId);

describe('selectToday: what to study next', () => {
  it.each([
    { name: 'with no data, the first three items of phase 1', overrides: {}, phase: 'p1', ids: ['p1-a', 'p1-b', 'p1-m'] },
    {
      name: 'in-progress items first, then not-started ones in roadmap order',
      overrides: { progress: statuses({ ...P1_DONE, 'p2-c': 'in-progress', 'p2-a': 'done' }) },
      phase: 'p2',
      ids: ['p2-c', 'p2-b', 'p2-d'],
    },
    {
      name: 'done and skipped items never',
      overrides: { progress: statuses({ ...P1_DONE, 'p2-a': 'skipped', 'p2-b': 'done', 'p2-c': 'skipped' }) },
      phase: 'p2',
      ids: ['p2-d', 'p2-m'],
    },
    {
      name: 'a phase with only skipped items is passed over',
      overrides: { progress: statuses({ ...allAs('skipped', ['p1-a', 'p1-b', 'p1-m']) }) },
      phase: 'p2',
      ids: ['p2-a', 'p2-b', 'p2-c'],
    },
    {
      name: 'a phase of done and skipped items is finished',
      overrides: { progress: statuses({ 'p1-a': 'done', 'p1-b': 'skipped', 'p1-m': 'done', 'p2-a': 'in-progress' }) },
      phase: 'p2',
      ids: ['p2-a', 'p2-b', 'p2-c'],
    },
    {
      name: 'hidden items never',
      overrides: { overlays: [hide('p1-a'), hide('p1-b')] },
      phase: 'p1',
      ids: ['p1-m'],
    },
    {
      name: 'a restored item again',
      overrides: { overlays: [{ ...hide('p1-a'), isHidden: false }] },
      phase: 'p1',
      ids: ['p1-a', 'p1-b', 'p1-m'],
    },
    {
      name: 'the user’s own goal after the built-in goals and before the milestone',
      overrides: {
        progress: statuses({ ...P1_DONE, 'p2-a': 'done', 'p2-b': 'done', 'p2-c': 'done' }),
        customItems: [ownGoal('own-1', 'Read the lifelines docs')],
      },
      phase: 'p2',
      ids: ['p2-d', 'own-1', 'p2-m'],
    },
    {
      name: 'an own goal in progress ahead of built-in ones',
      overrides: { progress: statuses({ ...P1_DONE, 'own-1': 'in-progress' }), customItems: [ownGoal('own-1', 'Read the lifelines docs')] },
      phase: 'p2',
      ids: ['own-1', 'p2-a', 'p2-b'],
    },
    {
      name: 'an own goal that was deleted never',
      overrides: { progress: statuses(P1_DONE), customItems: [{ ...ownGoal('own-1', 'Gone'), deletedAt: 5 }] },
      phase: 'p2',
      ids: ['p2-a', 'p2-b', 'p2-c'],
    },
    {
      name: 'the earliest unfinished phase, even when a later one was started',
      overrides: { progress: statuses({ 'p3-a': 'in-progress', 'p1-a': 'done' }) },
      phase: 'p1',
      ids: ['p1-b', 'p1-m'],
    },
    { name: 'nothing when everything is done', overrides: { progress: statuses(allAs('done', ALL_ITEMS)) }, phase: null, ids: [] },
    { name: 'nothing when everything is skipped', overrides: { progress: statuses(allAs('skipped', ALL_ITEMS)) }, phase: null, ids: [] },
    { name: 'only as many as asked', overrides: { limit: 1 }, phase: 'p1', ids: ['p1-a'] },
    { name: 'none when asked for none', overrides: { limit: 0 }, phase: 'p1', ids: [] },
  ])('suggests $name', ({ overrides, phase, ids }) => {
    const summary = selectToday(input(overrides));
    expect(summary.phase?.id ?? null).toBe(phase);
    expect(summary.suggestions.map((item) => item.itemId)).toEqual(ids);
  });

  it('never suggests more than three by default', () => {
    expect(MAX_SUGGESTIONS).toBe(3);
    expect(suggestedIds({ progress: statuses(P1_DONE) })).toHaveLength(3);
  });

  it('gives each suggestion what a one-tap “Start studying” needs', () => {
    const [first, , milestone] = selectToday(input({ progress: statuses({ 'p1-b': 'in-progress' }) })).suggestions;
    expect(first).toEqual({
      phaseId: 'p1',
      itemId: 'p1-b',
      kind: 'goal',
      text: 'Learn HIPAA basics',
      status: 'in-progress',
      isOwn: false,
      start: { roadmapId: ROADMAP_ID, phaseId: 'p1', itemId: 'p1-b' },
    });
    expect(milestone).toMatchObject({ kind: 'milestone', itemId: 'p1-m', text: 'Query a cohort', status: 'not-started' });
  });

  it('marks the user’s own goals', () => {
    const summary = selectToday(
      input({ progress: statuses({ ...P1_DONE, 'own-1': 'in-progress' }), customItems: [ownGoal('own-1', 'Mine')] }),
    );
    expect(summary.suggestions[0]).toMatchObject({ itemId: 'own-1', isOwn: true, text: 'Mine' });
    expect(summary.phase).toEqual({ id: 'p2', number: 2, title: 'Statistics' });
  });
});

describe('selectToday: cards due', () => {
  it.each([
    { due: 0, fresh: 0, minutes: 0 },
    { due: 1, fresh: 0, minutes: 2 },
    { due: 2, fresh: 0, minutes: 3 },
    { due: 0, fresh: 1, minutes: 3 },
    { due: 12, fresh: 10, minutes: 48 },
  ])('estimates $due due and $fresh new cards at about $minutes minutes', ({ due, fresh, minutes }) => {
    expect(selectToday(input({ cardsDue: { due, fresh } })).cards).toEqual({ due, fresh, total: due + fresh, estimatedMinutes: minutes });
  });

  it('uses 1.5 minutes a review and 3 a new card, rounded up, never negative', () => {
    expect([REVIEW_CARD_MINUTES, NEW_CARD_MINUTES]).toEqual([1.5, 3]);
    expect(estimateCardMinutes(3, 1)).toBe(8);
    expect(estimateCardMinutes(-4, -1)).toBe(0);
  });
});

describe('selectToday: this week against the goal', () => {
  it.each([
    {
      name: 'no plan',
      sessions: [session('2026-05-05', 30)],
      plan: null,
      ring: { minutes: 30, goalMinutes: null, fraction: null, isGoalMet: false },
    },
    {
      name: 'a plan without a weekly goal',
      sessions: [session('2026-05-05', 30)],
      plan: plan(null),
      ring: { minutes: 30, goalMinutes: null, fraction: null, isGoalMet: false },
    },
    { name: 'no sessions yet', sessions: [], plan: plan(5), ring: { minutes: 0, goalMinutes: 300, fraction: 0, isGoalMet: false } },
    {
      name: 'part of the goal',
      sessions: [session('2026-05-04', 45), session('2026-05-06', 30)],
      plan: plan(5),
      ring: { minutes: 75, goalMinutes: 300, fraction: 0.25, isGoalMet: false },
    },
    {
      name: 'more than the goal, clamped to a full ring',
      sessions: [session('2026-05-04', 200), session('2026-05-05', 200)],
      plan: plan(5),
      ring: { minutes: 400, goalMinutes: 300, fraction: 1, isGoalMet: true },
    },
    {
      name: 'half-hours per week',
      sessions: [session('2026-05-04', 45)],
      plan: plan(1.5),
      ring: { minutes: 45, goalMinutes: 90, fraction: 0.5, isGoalMet: false },
    },
    {
      name: 'only this roadmap’s sessions, and no deleted ones',
      sessions: [session('2026-05-04', 60), session('2026-05-04', 500, 'other-roadmap'), { ...session('2026-05-05', 90), deletedAt: 7 }],
      plan: plan(2),
      ring: { minutes: 60, goalMinutes: 120, fraction: 0.5, isGoalMet: false },
    },
  ])('shows $name', ({ sessions, plan: studyPlan, ring }) => {
    expect(selectToday(input({ sessions, plan: studyPlan })).week).toEqual({ weekStart: '2026-05-04', ...ring });
  });

  it('counts Sunday in the old week and starts again from zero on Monday', () => {
    const sessions = [session('2026-05-04', 100), session('2026-05-10', 50), session('2026-05-11', 20)];
    const sunday = selectToday(input({ sessions, plan: plan(5), today: day('2026-05-10') })).week;
    expect(sunday).toEqual({ weekStart: '2026-05-04', minutes: 150, goalMinutes: 300, fraction: 0.5, isGoalMet: false });
    const monday = selectToday(input({ sessions: sessions.slice(0, 2), plan: plan(5), today: day('2026-05-11') })).week;
    expect(monday).toEqual({ weekStart: '2026-05-11', minutes: 0, goalMinutes: 300, fraction: 0, isGoalMet: false });
    const mondayLater = selectToday(input({ sessions, plan: plan(5), today: day('2026-05-11') })).week;
    expect(mondayLater.minutes).toBe(20);
  });

  it('gives the same week from selectWeek, and uses a week kept from it instead of counting again', () => {
    const overrides = { sessions: [session('2026-05-04', 60), session('2026-05-04', 500, 'other-roadmap')], plan: plan(2) };
    const week = selectWeek(input(overrides));
    expect(week).toEqual(selectToday(input(overrides)).week);
    const kept = { ...week, minutes: 1 };
    expect(selectToday({ ...input(overrides), week: kept }).week).toBe(kept);
  });

  it('handles a week across the new year (ISO week starting on a Monday in December)', () => {
    const week = selectToday(input({ sessions: [session('2026-12-28', 30), session('2027-01-03', 30)], today: day('2027-01-01') })).week;
    expect(week).toMatchObject({ weekStart: '2026-12-28', minutes: 60 });
  });
});
