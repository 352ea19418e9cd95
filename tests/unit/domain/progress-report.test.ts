import { describe, expect, it } from 'vitest';
import type { Phase, Roadmap } from '../../../src/content/types';
import { healthcareAiRoadmap } from '../../../src/content/healthcare-ai-roadmap';
import {
  composeProgressReport,
  DEFAULT_REPORT_OPTIONS,
  findPhaseStatus,
  formatHours,
  sumMinutesByPhase,
  type ReportInput,
} from '../../../src/domain/progress-report';
import type { ItemStatus, StudySessionRecord } from '../../../src/domain/records';
import { legacyHlc } from '../../../src/domain/hlc';
import { day, planOf } from '../support/days';

function makePhase(id: string, number: number, goals: number, weeks = 2): Phase {
  return {
    id,
    number,
    title: `Phase ${id}`,
    weeks,
    goals: Array.from({ length: goals }, (_, index) => ({ id: `${id}-g${index}`, text: `Goal ${index} of ${id}` })),
    resources: [{ id: `${id}-r0`, title: `Book of ${id}`, url: 'https://example.org/', kind: 'book', isFree: true }],
    milestone: { id: `${id}-m`, text: `Milestone of ${id}` },
  };
}

const roadmap: Roadmap = { ...healthcareAiRoadmap, id: 'rm', title: 'Test roadmap', phases: [makePhase('a', 1, 2), makePhase('b', 2, 2)] };

let nextId = 0;
function session(minutes: number, phaseId: string | null, deletedAt: number | null = null): StudySessionRecord {
  nextId += 1;
  return {
    id: `s${nextId}`,
    roadmapId: 'rm',
    day: day('2026-03-02'),
    minutes,
    phaseId,
    itemId: null,
    note: 'private session note',
    updatedAt: 0,
    deletedAt,
    hlc: legacyHlc(0),
  };
}

function input(overrides: Partial<ReportInput> & { statuses?: Record<string, ItemStatus> } = {}): ReportInput {
  const { statuses = {}, ...rest } = overrides;
  return {
    roadmap,
    progress: new Map(Object.entries(statuses).map(([id, status]) => [id, { status, doneAt: status === 'done' ? 0 : null }])),
    notes: new Map(),
    evidence: new Map(),
    sessions: [],
    plan: null,
    today: '2026-03-10',
    options: DEFAULT_REPORT_OPTIONS,
    ...rest,
  };
}

describe('findPhaseStatus', () => {
  it.each([
    { name: 'nothing started', counts: { done: 0, total: 3, inProgress: 0 }, expected: 'not-started' },
    { name: 'one item started', counts: { done: 0, total: 3, inProgress: 1 }, expected: 'in-progress' },
    { name: 'one of three done', counts: { done: 1, total: 3, inProgress: 0 }, expected: 'in-progress' },
    { name: 'all done', counts: { done: 3, total: 3, inProgress: 0 }, expected: 'done' },
    { name: 'everything skipped (nothing left to count)', counts: { done: 0, total: 0, inProgress: 0 }, expected: 'done' },
  ])('$name → $expected', ({ counts, expected }) => {
    expect(findPhaseStatus({ ...counts, skipped: 0, percent: 0 })).toBe(expected);
  });
});

describe('the progress report', () => {
  it('lists every phase with its status and counts, even with nothing stored', () => {
    const report = composeProgressReport(input());
    expect(report.title).toBe('Test roadmap');
    expect(report.day).toBe('2026-03-10');
    expect(report.phases.map((phase) => [phase.number, phase.status, phase.progress.done, phase.progress.total])).toEqual([
      [1, 'not-started', 0, 3],
      [2, 'not-started', 0, 3],
    ]);
    expect(report.phases.map((phase) => phase.items)).toEqual([[], []]);
    expect(report.plan).toBeNull();
    expect(report.phases.every((phase) => phase.window === null)).toBe(true);
  });

  it('shows the goals and milestones done, in roadmap order, with their evidence links', () => {
    const report = composeProgressReport(
      input({
        statuses: { 'a-m': 'done', 'a-g0': 'done', 'a-g1': 'in-progress', 'b-g0': 'done' },
        evidence: new Map([['a-m', { url: 'https://github.com/me/project' }]]),
      }),
    );
    const [first, second] = report.phases;
    expect(first?.items.map((item) => [item.id, item.kind, item.status, item.evidenceUrl])).toEqual([
      ['a-g0', 'goal', 'done', null],
      ['a-m', 'milestone', 'done', 'https://github.com/me/project'],
    ]);
    expect(first?.status).toBe('in-progress');
    expect(first?.isCurrent).toBe(true);
    expect(second?.status).toBe('in-progress');
    expect(report.overall).toMatchObject({ done: 3, total: 6, inProgress: 1 });
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/file', 'not a link'])(
    'never makes a link of the evidence %s',
    (url) => {
      const report = composeProgressReport(input({ statuses: { 'a-m': 'done' }, evidence: new Map([['a-m', { url }]]) }));
      expect(report.phases[0]?.items[0]?.evidenceUrl).toBeNull();
    },
  );

  it('keeps notes out unless they are ticked in', () => {
    const notes = new Map([
      ['a-g0', { text: 'Finished the SQL course' }],
      ['a-r0', { text: 'Chapter 4 was the useful one' }],
      ['b-g1', { text: '   ' }],
    ]);
    const without = composeProgressReport(input({ statuses: { 'a-g0': 'done' }, notes }));
    expect(JSON.stringify(without)).not.toContain('SQL course');
    expect(JSON.stringify(without)).not.toContain('Chapter 4');

    const withNotes = composeProgressReport(
      input({ statuses: { 'a-g0': 'done' }, notes, options: { ...DEFAULT_REPORT_OPTIONS, includeNotes: true } }),
    );
    expect(withNotes.phases[0]?.items[0]?.note).toBe('Finished the SQL course');
    expect(withNotes.phases[0]?.otherNotes).toEqual([
      { itemId: 'a-r0', label: 'Resource: Book of a', note: 'Chapter 4 was the useful one' },
    ]);
    // A blank note is no note.
    expect(withNotes.phases[1]?.otherNotes).toEqual([]);
  });

  it('never includes the notes of study sessions', () => {
    const report = composeProgressReport(
      input({ sessions: [session(30, 'a')], options: { includeNotes: true, includeHeatmap: true, includeSkipped: true } }),
    );
    expect(JSON.stringify(report)).not.toContain('private session note');
  });

  it('lists skipped items only when they are ticked in', () => {
    const statuses: Record<string, ItemStatus> = { 'a-g0': 'skipped', 'a-g1': 'done' };
    expect(composeProgressReport(input({ statuses })).phases[0]?.items.map((item) => item.id)).toEqual(['a-g1']);
    const included = composeProgressReport(input({ statuses, options: { ...DEFAULT_REPORT_OPTIONS, includeSkipped: true } }));
    expect(included.phases[0]?.items.map((item) => [item.id, item.status])).toEqual([
      ['a-g0', 'skipped'],
      ['a-g1', 'done'],
    ]);
    // A skipped item leaves the count either way.
    expect(included.phases[0]?.progress).toMatchObject({ done: 1, total: 2, skipped: 1 });
  });

  it('adds up the hours per phase, with sessions without a phase (or of a phase no longer there) apart', () => {
    const report = composeProgressReport(
      input({
        sessions: [session(90, 'a'), session(30, 'a'), session(45, 'b'), session(20, null), session(10, 'gone'), session(500, 'a', 1)],
      }),
    );
    expect(report.phases.map((phase) => phase.minutes)).toEqual([120, 45]);
    expect(report.minutesWithoutPhase).toBe(30);
    expect(report.totalMinutes).toBe(195);
  });

  it('gives every phase its planned dates when a plan exists', () => {
    const plan = planOf({ startDate: '2026-01-05', target: { mode: 'as-written' }, hoursPerWeek: null, phaseDays: {} });
    const report = composeProgressReport(input({ plan }));
    expect(report.phases.map((phase) => phase.window)).toEqual([
      { start: '2026-01-05', end: '2026-01-18', days: 14 },
      { start: '2026-01-19', end: '2026-02-01', days: 14 },
    ]);
    expect(report.plan).toEqual({ start: '2026-01-05', end: '2026-02-01' });
  });

  it('reports the whole built-in roadmap: six phases', () => {
    const report = composeProgressReport(input({ roadmap: healthcareAiRoadmap }));
    expect(report.phases).toHaveLength(6);
    expect(report.overall.percent).toBe(0);
  });
});

describe('sumMinutesByPhase', () => {
  it('ignores deleted and empty sessions', () => {
    expect(sumMinutesByPhase([session(0, 'a'), session(15, 'a', 5), session(-3, 'a')])).toEqual(new Map());
  });
});

describe('formatHours', () => {
  it.each([
    [0, '0 hours'],
    [60, '1 hour'],
    [90, '1.5 hours'],
    [100, '1.7 hours'],
    [3, '0.1 hours'],
    [60 * 1234, '1,234 hours'],
  ])('%i minutes → %s', (minutes, expected) => {
    expect(formatHours(minutes)).toBe(expected);
  });
});
