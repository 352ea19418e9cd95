/**
 * iCalendar (RFC 5545) export of the plan: one all-day event per phase window and one per
 * milestone due day, with a reminder the day before, and optionally one weekly study block.
 * Re-exporting updates the same events because UIDs depend only on the roadmap id and the item
 * id, and SEQUENCE grows with time.
 */
import { planStudyBlock, type IcsStudyBlock } from './ics-study-block';
import { addDaysToDay } from './plan';
import type { PhaseWindow } from './plan';

export type { IcsStudyBlock, IcsWeekday, StudyBlockEvent } from './ics-study-block';
export {
  DEFAULT_REMINDER_MINUTES,
  ICS_WEEKDAYS,
  STUDY_BLOCK_LIMITS,
  findFirstStudyDay,
  planStudyBlock,
  validateStudyBlock,
} from './ics-study-block';

export const ICS_PRODID = '-//Healthcare AI Roadmap Tracker//Plan export//EN';
/** SEQUENCE counts minutes from this instant (2020-01-01T00:00:00Z). */
export const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);
const MAX_LINE_OCTETS = 75;

export interface IcsPhase extends PhaseWindow {
  title: string;
}

export interface IcsMilestone {
  id: string;
  title: string;
  /** The day it is due, usually the last day of its phase. */
  dueDay: string;
}

export interface IcsInput {
  roadmapId: string;
  roadmapTitle: string;
  schedule: readonly IcsPhase[];
  milestones: readonly IcsMilestone[];
  /** Epoch ms of the export; becomes DTSTAMP / LAST-MODIFIED and, by default, SEQUENCE. */
  now: number;
  /** e.g. "https://tracker.example"; added as URL when it is an http(s) origin. */
  appOrigin?: string;
  /** Overrides the SEQUENCE derived from `now`. */
  sequence?: number;
  /** A weekly study block, repeating from the schedule's first matching day to its last day. */
  studyBlock?: IcsStudyBlock;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11) and drops control characters it does not allow. */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\r\n|\r|\n/g, '\n')
      // TEXT may not contain control characters other than tab; dropping them keeps the file valid.
      // oxlint-disable-next-line no-control-regex -- matching control characters is the point here
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

function countUtf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (the leading space of a
 * continuation counts). Splits only between code points, never inside a UTF-8 sequence.
 */
export function foldIcsLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = countUtf8Octets(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  physical.push(current);
  return physical.join('\r\n');
}

/** Epoch ms → UTC `yyyyMMddTHHmmssZ` (toISOString is UTC whatever the device's zone). */
export function formatIcsUtc(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function formatIcsDate(day: string): string {
  return day.replace(/-/g, '');
}

/** Keeps UIDs to safe characters whatever ids the content uses. */
function sanitizeUidPart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, '-');
}

export function buildIcsUid(roadmapId: string, itemId: string, kind: 'phase' | 'milestone' | 'study-block'): string {
  return `${sanitizeUidPart(itemId)}.${kind}@${sanitizeUidPart(roadmapId)}.roadmap-tracker`;
}

function readHttpOrigin(appOrigin: string | undefined): string | null {
  if (appOrigin === undefined) return null;
  try {
    const url = new URL(appOrigin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

interface EventSpec {
  uid: string;
  start: string;
  /** Inclusive last day; DTEND is the day after, as all-day DTEND is exclusive. */
  end: string;
  summary: string;
  description: string;
  category: string;
  alarmDescription?: string;
}

function buildEventLines(event: EventSpec, stamp: string, sequence: number, origin: string | null): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    `SEQUENCE:${sequence}`,
    `DTSTART;VALUE=DATE:${formatIcsDate(event.start)}`,
    `DTEND;VALUE=DATE:${formatIcsDate(addDaysToDay(event.end, 1))}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    `CATEGORIES:${escapeIcsText(event.category)}`,
    // All-day study blocks should not mark the whole day busy.
    'TRANSP:TRANSPARENT',
  ];
  if (origin !== null) lines.push(`URL:${origin}/`);
  if (event.alarmDescription !== undefined) {
    // 15 hours before the all-day start = 09:00 the day before, in the calendar's own zone.
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(event.alarmDescription)}`, 'TRIGGER:-PT15H', 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The weekly block in floating local time (no Z, no TZID): "19:00" stays 19:00 wherever the person
 * is and across daylight-saving changes, which is what a study habit means. A TZID would need a
 * VTIMEZONE in the file to be valid RFC 5545, and clients differ in how they treat one without;
 * floating time is read the same way by Google, Apple and Outlook calendars, and by ical.js.
 */
function buildStudyBlockLines(input: IcsInput, stamp: string, sequence: number, origin: string | null): string[] {
  const first = input.schedule[0];
  const last = input.schedule[input.schedule.length - 1];
  if (!input.studyBlock || !first || !last) return [];
  const event = planStudyBlock(input.studyBlock, first.start, last.end);
  if (event === null) return [];
  const openLine = origin === null ? '' : `\nOpen the tracker: ${origin}/`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${buildIcsUid(input.roadmapId, 'weekly-study', 'study-block')}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    `SEQUENCE:${sequence}`,
    `DTSTART:${event.start}`,
    `DTEND:${event.end}`,
    `RRULE:${event.rrule}`,
    `SUMMARY:${escapeIcsText(`Study: ${input.roadmapTitle}`)}`,
    `DESCRIPTION:${escapeIcsText(`${input.roadmapTitle}\nWeekly study block: ${event.summary}.${openLine}`)}`,
    `CATEGORIES:${escapeIcsText('Study block')}`,
    // Time set aside to study: shown as busy, unlike the all-day phase windows.
    'TRANSP:OPAQUE',
  ];
  if (origin !== null) lines.push(`URL:${origin}/`);
  if (event.alarmTrigger !== null) {
    const description = `Time to study: ${input.roadmapTitle}`;
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(description)}`,
      `TRIGGER:${event.alarmTrigger}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The plan as an .ics file: CRLF line endings, lines folded at 75 octets, TEXT escaped.
 * SEQUENCE is whole minutes since SEQUENCE_EPOCH_MS unless `sequence` is given, so a later
 * export carries a higher SEQUENCE and calendars accept it as an update of the same UID.
 */
export function buildIcs(input: IcsInput): string {
  const stamp = formatIcsUtc(input.now);
  const sequence = input.sequence ?? Math.max(0, Math.floor((input.now - SEQUENCE_EPOCH_MS) / 60_000));
  const origin = readHttpOrigin(input.appOrigin);
  const openLine = origin === null ? '' : `\nOpen the tracker: ${origin}/`;
  const events: EventSpec[] = [
    ...input.schedule.map((phase) => ({
      uid: buildIcsUid(input.roadmapId, phase.phaseId, 'phase'),
      start: phase.start,
      end: phase.end,
      summary: `${phase.title} (${input.roadmapTitle})`,
      description: `${input.roadmapTitle}\n${phase.title}: ${phase.start} to ${phase.end}, ${phase.days} ${phase.days === 1 ? 'day' : 'days'}.${openLine}`,
      category: 'Study phase',
    })),
    ...input.milestones.map((milestone) => ({
      uid: buildIcsUid(input.roadmapId, milestone.id, 'milestone'),
      start: milestone.dueDay,
      end: milestone.dueDay,
      summary: `Milestone due: ${milestone.title}`,
      description: `${input.roadmapTitle}\nMilestone due ${milestone.dueDay}: ${milestone.title}${openLine}`,
      category: 'Milestone',
      alarmDescription: `Milestone due tomorrow: ${milestone.title}`,
    })),
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(input.roadmapTitle)}`,
    ...events.flatMap((event) => buildEventLines(event, stamp, sequence, origin)),
    ...buildStudyBlockLines(input, stamp, sequence, origin),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
