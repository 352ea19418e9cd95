import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { healthcareAiRoadmap } from '../../../src/content/healthcare-ai-roadmap';
import {
  buildIcs,
  findFirstStudyDay,
  planStudyBlock,
  validateStudyBlock,
  type IcsInput,
  type IcsStudyBlock,
  type IcsWeekday,
} from '../../../src/domain/ics';
import { parseCalendarDay } from '../../../src/domain/calendar-day';
import { addDaysToDay, computeSchedule, suggestPlan } from '../../../src/domain/plan';

// Floating times become local Dates in ical.js; Berlin has a daylight-saving change inside the plans below.
const previousTz = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

const evening: IcsStudyBlock = { days: ['MO', 'WE'], startTime: '19:00', durationMinutes: 90 };

/** The real roadmap's export, as the plan view builds it, with a study block. */
function exportWith(studyBlock: IcsStudyBlock | undefined, startDate: string, overrides: Partial<IcsInput> = {}): string {
  const firstDay = parseCalendarDay(startDate);
  if (firstDay === null) throw new Error(`Not a study day: ${startDate}`);
  const schedule = computeSchedule(healthcareAiRoadmap.phases, suggestPlan(firstDay));
  return buildIcs({
    roadmapId: healthcareAiRoadmap.id,
    roadmapTitle: healthcareAiRoadmap.title,
    schedule: schedule.map(({ phaseId, start, end, days }, index) => ({ phaseId, start, end, days, title: `Phase ${index + 1}` })),
    milestones: [],
    now: Date.UTC(2026, 1, 20, 12),
    ...(studyBlock ? { studyBlock } : {}),
    ...overrides,
  });
}

function readStudyEvent(text: string): ICAL.Event | undefined {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component))
    .find((event) => event.summary.startsWith('Study:'));
}

function expandAll(event: ICAL.Event): ICAL.Time[] {
  const iterator = event.iterator();
  const occurrences: ICAL.Time[] = [];
  for (let next = iterator.next(); next && occurrences.length < 1000; next = iterator.next()) occurrences.push(next);
  return occurrences;
}

/** Every day from first to last (inclusive) on one of `days`, by plain calendar counting. */
function expectedDays(days: readonly IcsWeekday[], first: string, last: string): string[] {
  const names: IcsWeekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  const result: string[] = [];
  for (let day = first; day <= last; day = addDaysToDay(day, 1)) {
    if (days.includes(names[new Date(`${day}T12:00:00Z`).getUTCDay()]!)) result.push(day);
  }
  return result;
}

describe('weekly study block in the calendar export, read by ical.js', () => {
  // Thursday 2026-03-05: the first Monday or Wednesday on or after it is Monday 2026-03-09.
  const start = '2026-03-05';
  const lastDay = addDaysToDay(start, 30 * 7 - 1);
  const event = readStudyEvent(exportWith(evening, start));

  it('is one recurring event with a weekly rule on the chosen days, until the plan’s last day', () => {
    expect(event).toBeDefined();
    expect(event!.isRecurring()).toBe(true);
    const rule = event!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.parts.BYDAY).toEqual(['MO', 'WE']);
    expect(rule.until?.toString()).toBe(`${lastDay}T23:59:59`);
  });

  it('starts on the first matching day on or after the plan start, at 19:00 floating local time for 90 minutes', () => {
    expect(event!.startDate.toString()).toBe('2026-03-09T19:00:00');
    expect(event!.startDate.zone?.tzid).toBe('floating');
    expect(event!.endDate.toString()).toBe('2026-03-09T20:30:00');
    expect(event!.duration.toSeconds()).toBe(90 * 60);
  });

  it('expands to exactly the Mondays and Wednesdays of the plan', () => {
    const occurrences = expandAll(event!);
    const days = occurrences.map((time) => time.toString().slice(0, 10));
    expect(days).toEqual(expectedDays(['MO', 'WE'], start, lastDay));
    expect(days).toHaveLength(60);
  });

  it('stays at 19:00 local time across the daylight-saving change (Berlin, 29 March 2026)', () => {
    const occurrences = expandAll(event!);
    for (const time of occurrences) expect([time.hour, time.minute]).toEqual([19, 0]);
    const before = occurrences.find((time) => time.toString().startsWith('2026-03-25'))!.toJSDate();
    const after = occurrences.find((time) => time.toString().startsWith('2026-03-30'))!.toJSDate();
    expect([before.getHours(), after.getHours()]).toEqual([19, 19]);
    // The same local hour is a different UTC hour: CET (UTC+1) before, CEST (UTC+2) after.
    expect([before.getUTCHours(), after.getUTCHours()]).toEqual([18, 17]);
  });

  it('reminds 10 minutes before by default, with a display alarm', () => {
    const alarm = event!.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT10M');
    expect(String(alarm.getFirstPropertyValue('description'))).toBe('Time to study: AI Healthcare Analytics Specialist');
  });

  it('describes the block in words and keeps a stable UID beside the other events', () => {
    expect(event!.description).toContain('Weekly study block: every Monday and Wednesday from 19:00 to 20:30.');
    expect(event!.uid).toBe('weekly-study.study-block@healthcare-ai-specialist.roadmap-tracker');
    const again = readStudyEvent(exportWith({ ...evening, startTime: '07:30' }, '2026-04-01'));
    expect(again!.uid).toBe(event!.uid);
    expect(String(event!.component.getFirstPropertyValue('transp'))).toBe('OPAQUE');
  });

  it('leaves the block out when none is chosen, and keeps the phases either way', () => {
    const without = exportWith(undefined, start);
    expect(readStudyEvent(without)).toBeUndefined();
    const count = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').length;
    expect(count(exportWith(evening, start))).toBe(count(without) + 1);
  });
});

describe('weekly study block: more shapes', () => {
  it('repeats every day of the week when all seven are chosen, starting on the plan’s first day', () => {
    const all: IcsWeekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const event = readStudyEvent(
      exportWith({ days: ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'], startTime: '06:15', durationMinutes: 30 }, '2026-10-01'),
    );
    expect(event!.startDate.toString()).toBe('2026-10-01T06:15:00');
    expect(event!.component.getFirstPropertyValue('rrule')!.toString()).toContain('BYDAY=MO,TU,WE,TH,FR,SA,SU');
    const occurrences = expandAll(event!);
    expect(occurrences).toHaveLength(210);
    expect(occurrences.map((time) => time.toString().slice(0, 10))).toEqual(
      expectedDays(all, '2026-10-01', addDaysToDay('2026-10-01', 209)),
    );
    // Across the autumn change (25 October 2026) the local time holds too.
    const late = occurrences.find((time) => time.toString().startsWith('2026-10-26'))!.toJSDate();
    expect([late.getHours(), late.getMinutes(), late.getUTCHours()]).toEqual([6, 15, 5]);
  });

  it('ends the next day when the block runs past midnight', () => {
    const event = readStudyEvent(
      exportWith({ days: ['FR'], startTime: '23:00', durationMinutes: 120, reminderMinutesBefore: null }, '2026-03-02'),
    );
    expect(event!.startDate.toString()).toBe('2026-03-06T23:00:00');
    expect(event!.endDate.toString()).toBe('2026-03-07T01:00:00');
    expect(event!.component.getFirstSubcomponent('valarm')).toBeNull();
    expect(event!.description).toContain('every Friday from 23:00 to 01:00 the next day.');
  });

  it('reminds at the start when asked for 0 minutes', () => {
    const block = planStudyBlock({ ...evening, reminderMinutesBefore: 0 }, '2026-03-02', '2026-03-31');
    expect(block?.alarmTrigger).toBe('PT0S');
  });

  it.each([
    { name: 'a Monday start with Monday chosen', days: ['MO'], from: '2026-03-02', last: '2026-12-31', expected: '2026-03-02' },
    { name: 'a Tuesday start with Monday chosen', days: ['MO'], from: '2026-03-03', last: '2026-12-31', expected: '2026-03-09' },
    { name: 'a Sunday start with Saturday chosen', days: ['SA'], from: '2026-03-01', last: '2026-12-31', expected: '2026-03-07' },
    { name: 'across a year end', days: ['FR'], from: '2026-12-29', last: '2027-03-01', expected: '2027-01-01' },
    { name: 'a leap day', days: ['TH'], from: '2028-02-28', last: '2028-03-31', expected: '2028-03-02' },
    { name: 'a plan too short for the chosen day', days: ['SU'], from: '2026-03-02', last: '2026-03-07', expected: null },
  ] as { name: string; days: IcsWeekday[]; from: string; last: string; expected: string | null }[])(
    'finds the first study day for $name',
    ({ days, from, last, expected }) => {
      expect(findFirstStudyDay(days, from, last)).toBe(expected);
    },
  );

  it('leaves the block out of the file when no chosen day falls inside the plan', () => {
    const schedule = [{ phaseId: 'p1', title: 'Short', start: '2026-03-02', end: '2026-03-04', days: 3 }];
    const text = buildIcs({
      roadmapId: 'r',
      roadmapTitle: 'R',
      schedule,
      milestones: [],
      now: 0,
      studyBlock: { ...evening, days: ['FR'] },
    });
    expect(readStudyEvent(text)).toBeUndefined();
  });
});

describe('weekly study block: file format', () => {
  it('escapes the roadmap title and keeps every physical line within 75 octets', () => {
    const title = 'Data; science, and privacy 🔒 — a very long roadmap title that has to be folded over several lines';
    const text = exportWith(evening, '2026-03-02', { roadmapTitle: title, appOrigin: 'https://tracker.example' });
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.slice(0, -2).split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    const event = readStudyEvent(text)!;
    expect(event.summary).toBe(`Study: ${title}`);
    expect(event.description).toBe(
      `${title}\nWeekly study block: every Monday and Wednesday from 19:00 to 20:30.\nOpen the tracker: https://tracker.example/`,
    );
    expect(String(event.component.getFirstPropertyValue('url'))).toBe('https://tracker.example/');
  });
});

describe('validateStudyBlock', () => {
  it.each([
    ['a usual evening block', evening, []],
    ['no days', { ...evening, days: [] }, ['Choose at least one day of the week.']],
    ['an unknown day', { ...evening, days: ['XX' as IcsWeekday] }, ['Days must be Monday to Sunday.']],
    ['a 12-hour clock time', { ...evening, startTime: '7:00 PM' }, ['Enter the start time as hours and minutes, for example 19:00.']],
    ['24:00', { ...evening, startTime: '24:00' }, ['Enter the start time as hours and minutes, for example 19:00.']],
    ['a start of 00:00', { ...evening, startTime: '00:00' }, []],
    ['4 minutes', { ...evening, durationMinutes: 4 }, ['A study block lasts 5 to 720 minutes, in whole minutes.']],
    ['a fraction of a minute', { ...evening, durationMinutes: 30.5 }, ['A study block lasts 5 to 720 minutes, in whole minutes.']],
    ['13 hours', { ...evening, durationMinutes: 780 }, ['A study block lasts 5 to 720 minutes, in whole minutes.']],
    [
      'a negative reminder',
      { ...evening, reminderMinutesBefore: -5 },
      ['The reminder comes 0 to 1440 minutes before the start, in whole minutes.'],
    ],
    ['no reminder', { ...evening, reminderMinutesBefore: null }, []],
  ] as [string, IcsStudyBlock, string[]][])('%s', (_name, block, errors) => {
    expect(validateStudyBlock(block)).toEqual(errors);
    if (errors.length > 0) expect(planStudyBlock(block, '2026-03-02', '2026-12-31')).toBeNull();
  });
});
