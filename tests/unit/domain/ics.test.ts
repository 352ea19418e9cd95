import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ICS_PRODID, buildIcs, buildIcsUid, escapeIcsText, foldIcsLine, formatIcsUtc } from '../../../src/domain/ics';
import type { IcsInput, IcsMilestone, IcsPhase } from '../../../src/domain/ics';
import { computeSchedule, isCalendarDay } from '../../../src/domain/plan';
import { planOf } from '../support/days';

// ---- A small, strict RFC 5545 reader, only for these tests. ----

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  children: Component[];
}

const encoder = new TextEncoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Checks the physical format (CRLF only, ≤75 octets, well-formed text) and unfolds. */
function unfoldStrict(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(LONE_SURROGATE.test(text)).toBe(false);
  const physical = text.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const line of physical) {
    expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    if (line.startsWith(' ') || line.startsWith('\t')) {
      expect(logical.length).toBeGreaterThan(0);
      logical[logical.length - 1] += line.slice(1);
    } else {
      logical.push(line);
    }
  }
  return logical;
}

function parseContentLine(line: string): Property {
  const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
  if (match === null) throw new Error(`Malformed content line: ${line}`);
  const params: Record<string, string> = {};
  for (const param of (match[2] ?? '').split(';').slice(1)) {
    const [key = '', value = ''] = param.split('=');
    params[key.toUpperCase()] = value;
  }
  return { name: (match[1] ?? '').toUpperCase(), params, value: match[3] ?? '' };
}

function parseIcs(text: string): Component {
  const stack: Component[] = [{ name: 'ROOT', properties: [], children: [] }];
  for (const line of unfoldStrict(text)) {
    const property = parseContentLine(line);
    const top = stack[stack.length - 1];
    if (top === undefined) throw new Error('Content after the end');
    if (property.name === 'BEGIN') {
      const child: Component = { name: property.value, properties: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (property.name === 'END') {
      expect(property.value).toBe(top.name);
      stack.pop();
    } else {
      top.properties.push(property);
    }
  }
  expect(stack).toHaveLength(1);
  const [calendar, ...extra] = stack[0]?.children ?? [];
  expect(extra).toHaveLength(0);
  if (calendar === undefined) throw new Error('No VCALENDAR');
  return calendar;
}

function readAll(component: Component, name: string): Property[] {
  return component.properties.filter((property) => property.name === name);
}
function readOne(component: Component, name: string): Property {
  const found = readAll(component, name);
  expect(found, `${component.name} must have exactly one ${name}`).toHaveLength(1);
  return found[0] as Property;
}

/** Unescapes TEXT strictly: only \\ \; \, \n \N are allowed escapes; bare ; and , are not. */
function unescapeText(value: string): string {
  expect(value).not.toMatch(/(^|[^\\])(\\\\)*[;,]/);
  return value.replace(/\\(.)/g, (_, character: string) => {
    if (character === 'n' || character === 'N') return '\n';
    if (character === '\\' || character === ';' || character === ',') return character;
    throw new Error(`Invalid escape \\${character}`);
  });
}

function readDate(property: Property): string {
  expect(property.params.VALUE).toBe('DATE');
  expect(property.value).toMatch(/^\d{8}$/);
  const day = `${property.value.slice(0, 4)}-${property.value.slice(4, 6)}-${property.value.slice(6, 8)}`;
  expect(isCalendarDay(day), property.value).toBe(true);
  return day;
}

function checkCalendar(text: string): Component {
  const calendar = parseIcs(text);
  expect(calendar.name).toBe('VCALENDAR');
  expect(readOne(calendar, 'VERSION').value).toBe('2.0');
  expect(readOne(calendar, 'PRODID').value).toBe(ICS_PRODID);
  expect(readOne(calendar, 'CALSCALE').value).toBe('GREGORIAN');
  expect(readOne(calendar, 'METHOD').value).toBe('PUBLISH');
  for (const event of calendar.children) {
    expect(event.name).toBe('VEVENT');
    readOne(event, 'UID');
    expect(readOne(event, 'DTSTAMP').value).toMatch(/^\d{8}T\d{6}Z$/);
    expect(readOne(event, 'LAST-MODIFIED').value).toMatch(/^\d{8}T\d{6}Z$/);
    expect(readOne(event, 'SEQUENCE').value).toMatch(/^\d+$/);
    expect(readDate(readOne(event, 'DTEND')) > readDate(readOne(event, 'DTSTART'))).toBe(true);
    unescapeText(readOne(event, 'SUMMARY').value);
    unescapeText(readOne(event, 'DESCRIPTION').value);
    for (const alarm of event.children) {
      expect(alarm.name).toBe('VALARM');
      expect(readOne(alarm, 'ACTION').value).toBe('DISPLAY');
      expect(readOne(alarm, 'TRIGGER').value).toMatch(/^-P(\d+D)?(T\d+H)?$/);
      unescapeText(readOne(alarm, 'DESCRIPTION').value);
    }
  }
  const uids = calendar.children.map((event) => readOne(event, 'UID').value);
  expect(new Set(uids).size).toBe(uids.length);
  return calendar;
}

// ---- Fixtures ----

const PHASE_TITLES = [
  'Data Foundations & SQL',
  'Python; pandas, and "stats"',
  'Machine learning \\ evaluation',
  'Healthcare data: FHIR, HL7 — and privacy 🔒',
  'Deep learning',
  'Portfolio & job search',
];
const PHASES = [4, 6, 6, 5, 5, 4].map((weeks, index) => ({ id: `p${index + 1}-phase`, weeks }));

function buildInput(startDate: string, now: number): IcsInput {
  const schedule: IcsPhase[] = computeSchedule(
    PHASES,
    planOf({
      startDate,
      target: { mode: 'as-written' },
      hoursPerWeek: null,
      phaseDays: {},
    }),
  ).map((window, index) => ({ ...window, title: PHASE_TITLES[index] ?? '' }));
  const milestones: IcsMilestone[] = schedule.map((window, index) => ({
    id: `p${index + 1}-milestone`,
    title: `Milestone ${index + 1}: ship it, then write it up;\nsecond line`,
    dueDay: window.end,
  }));
  return {
    roadmapId: 'healthcare-ai-specialist',
    roadmapTitle: 'AI Healthcare Analytics Specialist',
    schedule,
    milestones,
    now,
    appOrigin: 'https://tracker.example/app?x=1',
  };
}

const NOW = Date.UTC(2026, 2, 8, 7, 30, 15, 999); // during the US DST change morning

describe('buildIcs', () => {
  const text = buildIcs(buildInput('2026-03-02', NOW));
  let events: Component[] = [];
  // Parsing asserts, so it runs as a hook: a malformed file fails every test here, visibly.
  beforeAll(() => {
    events = checkCalendar(text).children;
  });

  it('has one event per phase and per milestone', () => {
    expect(events).toHaveLength(12);
    expect(events.filter((event) => event.children.length === 1)).toHaveLength(6);
  });

  it.each([
    [0, '20260302', '20260330'],
    [1, '20260330', '20260511'],
    [5, '20260831', '20260928'],
  ])('phase %i is all-day with an exclusive DTEND', (index, start, end) => {
    const event = events[index] as Component;
    expect(readOne(event, 'DTSTART').value).toBe(start);
    expect(readOne(event, 'DTEND').value).toBe(end);
  });

  it('puts a milestone on its due day with a reminder the day before', () => {
    const milestone = events[6] as Component;
    expect(readOne(milestone, 'DTSTART').value).toBe('20260329');
    expect(readOne(milestone, 'DTEND').value).toBe('20260330');
    expect(readOne(milestone.children[0] as Component, 'TRIGGER').value).toBe('-PT15H');
  });

  it('escapes and round-trips text', () => {
    expect(unescapeText(readOne(events[1] as Component, 'SUMMARY').value)).toBe(
      'Python; pandas, and "stats" (AI Healthcare Analytics Specialist)',
    );
    expect(unescapeText(readOne(events[2] as Component, 'SUMMARY').value)).toBe(
      'Machine learning \\ evaluation (AI Healthcare Analytics Specialist)',
    );
    expect(unescapeText(readOne(events[6] as Component, 'SUMMARY').value)).toBe(
      'Milestone due: Milestone 1: ship it, then write it up;\nsecond line',
    );
    expect(unescapeText(readOne(events[3] as Component, 'DESCRIPTION').value)).toContain('privacy 🔒');
  });

  it('stamps in UTC and uses the app origin as URL', () => {
    expect(readOne(events[0] as Component, 'DTSTAMP').value).toBe('20260308T073015Z');
    expect(readOne(events[0] as Component, 'URL').value).toBe('https://tracker.example/');
  });

  it('keeps UIDs stable across exports and raises SEQUENCE', () => {
    const later = checkCalendar(buildIcs(buildInput('2026-04-01', NOW + 86_400_000))).children;
    const uids = (list: Component[]) => list.map((event) => readOne(event, 'UID').value);
    expect(uids(later)).toEqual(uids(events));
    expect(uids(events)[0]).toBe('p1-phase.phase@healthcare-ai-specialist.roadmap-tracker');
    expect(uids(events)[6]).toBe('p1-milestone.milestone@healthcare-ai-specialist.roadmap-tracker');
    expect(Number(readOne(later[0] as Component, 'SEQUENCE').value)).toBeGreaterThan(
      Number(readOne(events[0] as Component, 'SEQUENCE').value),
    );
  });

  it('is byte-identical in every time zone', () => {
    for (const timeZone of ['America/New_York', 'Pacific/Auckland', 'America/Santiago', 'Asia/Kolkata']) {
      const previous = process.env.TZ;
      process.env.TZ = timeZone; // Node re-reads TZ on assignment
      try {
        expect(buildIcs(buildInput('2026-03-02', NOW)), timeZone).toBe(text);
      } finally {
        if (previous === undefined) delete process.env.TZ;
        else process.env.TZ = previous;
      }
    }
  });

  it.each([
    ['start on 29 February', '2028-02-29', '20280229', '20280328'],
    ['phase ending on 28 February of a leap year', '2028-02-01', '20280201', '20280229'],
  ])('%s', (_name, start, dtStart, dtEnd) => {
    const [first] = checkCalendar(buildIcs(buildInput(start, NOW))).children;
    expect(readOne(first as Component, 'DTSTART').value).toBe(dtStart);
    expect(readOne(first as Component, 'DTEND').value).toBe(dtEnd);
  });

  it.each([
    ['no URL without an origin', undefined],
    ['no URL for a non-http origin', 'javascript:alert(1)'],
  ])('%s', (_name, appOrigin) => {
    const input = { ...buildInput('2026-03-02', NOW), appOrigin };
    const events2 = checkCalendar(buildIcs(input)).children;
    expect(readAll(events2[0] as Component, 'URL')).toHaveLength(0);
  });

  it('an empty schedule is still a valid calendar', () => {
    const empty = checkCalendar(buildIcs({ roadmapId: 'r', roadmapTitle: 'R', schedule: [], milestones: [], now: NOW }));
    expect(empty.children).toHaveLength(0);
  });

  it('takes an explicit sequence', () => {
    const [event] = checkCalendar(buildIcs({ ...buildInput('2026-03-02', NOW), sequence: 7 })).children;
    expect(readOne(event as Component, 'SEQUENCE').value).toBe('7');
  });
});

describe('ics helpers', () => {
  it.each([
    ['a\\b', 'a\\\\b'],
    ['a;b,c', 'a\\;b\\,c'],
    ['line1\nline2\r\nline3\rline4', 'line1\\nline2\\nline3\\nline4'],
    ['bell\u0007 tab\t', 'bell tab\t'],
  ])('escapes %j', (value, expected) => {
    expect(escapeIcsText(value)).toBe(expected);
  });

  it.each([
    [Date.UTC(2026, 9, 25, 1, 0, 0), '20261025T010000Z'],
    [Date.UTC(2028, 1, 29, 23, 59, 59, 999), '20280229T235959Z'],
    [0, '19700101T000000Z'],
  ])('formats %i as %s', (epochMs, expected) => {
    expect(formatIcsUtc(epochMs)).toBe(expected);
  });

  it('sanitizes UID parts', () => {
    expect(buildIcsUid('road map', 'a/b', 'phase')).toBe('a-b.phase@road-map.roadmap-tracker');
  });

  it.each([
    ['ascii', 'x'.repeat(200)],
    ['3-octet characters', '—'.repeat(60)],
    ['4-octet emoji', '📚'.repeat(50)],
    ['mixed', `SUMMARY:${'aé—📚'.repeat(30)}`],
    ['exactly 75 octets', 'y'.repeat(75)],
  ])('folds %s without splitting a character', (_name, line) => {
    const folded = foldIcsLine(line);
    expect(unfoldStrict(`${folded}\r\n`).join('')).toBe(line);
  });

  it('folding always round-trips and respects 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (value) => {
        const line = `X:${value.replace(/[\r\n]/g, '')}`;
        const physical = foldIcsLine(line).split('\r\n');
        expect(physical.every((part) => encoder.encode(part).length <= 75)).toBe(true);
        expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
        expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
      }),
    );
  });
});
