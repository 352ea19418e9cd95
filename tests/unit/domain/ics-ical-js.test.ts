import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { healthcareAiRoadmap } from '../../../src/content/healthcare-ai-roadmap';
import { buildIcs } from '../../../src/domain/ics';
import { computeSchedule, suggestPlan } from '../../../src/domain/plan';
import { day } from '../support/days';

/** The real roadmap's calendar export, as the plan view builds it. */
function exportCalendar(startDate: string, now: number): string {
  const schedule = computeSchedule(healthcareAiRoadmap.phases, { ...suggestPlan(day(startDate)) });
  return buildIcs({
    roadmapId: healthcareAiRoadmap.id,
    roadmapTitle: healthcareAiRoadmap.title,
    schedule: schedule.map((window, index) => ({ ...window, title: `Phase ${index + 1}: ${healthcareAiRoadmap.phases[index]!.title}` })),
    milestones: healthcareAiRoadmap.phases.map((phase, index) => ({
      id: phase.milestone.id,
      title: `Milestone, phase ${phase.number}: ${phase.milestone.text}`,
      dueDay: schedule[index]!.end,
    })),
    now,
  });
}

// ical.js (Mozilla's iCalendar library, used by Thunderbird) as the independent, standards-following parser.
describe('the calendar export read by ical.js', () => {
  const text = exportCalendar('2026-03-02', Date.UTC(2026, 10, 22, 9, 30));
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

  it('parses with a version, a product id and twelve events', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/Roadmap Tracker/);
    expect(events).toHaveLength(12);
  });

  it('has all-day phase windows back to back, from the start date to the 30th week', () => {
    const phases = events.filter((event) => event.summary.startsWith('Phase '));
    expect(phases).toHaveLength(6);
    expect(phases.every((event) => event.startDate.isDate && event.endDate.isDate)).toBe(true);
    expect(phases[0]!.startDate.toString()).toBe('2026-03-02');
    for (let index = 1; index < phases.length; index += 1) {
      expect(phases[index]!.startDate.toString()).toBe(phases[index - 1]!.endDate.toString());
    }
    // 30 weeks: the exclusive end of the last phase is 210 days after the start.
    expect(phases[5]!.endDate.toString()).toBe('2026-09-28');
  });

  it('gives each milestone a reminder and keeps unicode and punctuation intact', () => {
    const milestones = events.filter((event) => event.summary.startsWith('Milestone'));
    expect(milestones).toHaveLength(6);
    for (const event of milestones) expect(event.component.getAllSubcomponents('valarm')).toHaveLength(1);
    expect(milestones[1]!.summary).toContain('survival curves, regression modeling, and publication-quality');
  });

  it('keeps the same UIDs when exported again later, so calendars update instead of duplicating', () => {
    const again = new ICAL.Component(ICAL.parse(exportCalendar('2026-04-06', Date.UTC(2026, 11, 1))));
    const uids = (component: ICAL.Component) => component.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'));
    expect(uids(again)).toEqual(uids(calendar));
    const sequence = (component: ICAL.Component) => Number(component.getFirstSubcomponent('vevent')!.getFirstPropertyValue('sequence'));
    expect(sequence(again)).toBeGreaterThan(sequence(calendar));
  });
});
