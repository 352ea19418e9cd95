/**
 * The shareable progress card (a 1200×630 PNG, the size link previews use): what it says and
 * where each line goes. Pure: text is measured by a function the caller passes in (the canvas's
 * measureText in the app, a simple estimate in tests), so wrapping is tested without a canvas.
 * The card carries no notes and nothing else the person typed besides the roadmap's title.
 */
import type { Roadmap } from '../content/types';
import { formatDayMedium } from './calendar-day';
import { computeRoadmapProgress, type StatusLookup } from './progress';
import { formatHours } from './progress-report';
import type { StudySessionRecord } from './records';
import { computeConsistency } from './study-stats';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The light palette of the app (styles.css :root), so the card looks like the app in either theme. */
export const CARD_COLOURS = {
  background: '#f7f8f6',
  text: '#1b2426',
  muted: '#56666a',
  accent: '#0f5f66',
  accentSoft: '#d8ecec',
} as const;

export type CardColour = keyof typeof CARD_COLOURS;

export interface CardFont {
  size: number;
  weight: 400 | 700;
}

/** Width in pixels of `text` drawn in `font`. */
export type MeasureText = (text: string, font: CardFont) => number;

export interface ProgressCardInput {
  title: string;
  percent: number;
  done: number;
  total: number;
  /** The first unfinished phase; null when every phase is complete. */
  currentPhase: { number: number; title: string } | null;
  phaseCount: number;
  minutesLastFourWeeks: number;
  streakDays: number;
  /** The day the card was made. */
  day: string;
}

export interface CardTextBlock {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  font: CardFont;
  colour: CardColour;
  align: 'left' | 'right' | 'center';
}

export interface ProgressCardLayout {
  ring: { cx: number; cy: number; radius: number; stroke: number; fraction: number };
  texts: CardTextBlock[];
  /** The same facts in one sentence, for the text alternative next to the picture. */
  description: string;
}

/** The card's facts from the stored data: overall progress, the current phase, recent study. */
export function collectProgressCardInput(
  roadmap: Roadmap,
  progress: StatusLookup,
  sessions: readonly StudySessionRecord[],
  today: string,
): ProgressCardInput {
  const summary = computeRoadmapProgress(roadmap, progress);
  const current = roadmap.phases.find((phase) => phase.id === summary.currentPhaseId);
  const consistency = computeConsistency(sessions, today, null);
  return {
    title: roadmap.title,
    percent: summary.overall.percent,
    done: summary.overall.done,
    total: summary.overall.total,
    currentPhase: current ? { number: current.number, title: current.title } : null,
    phaseCount: roadmap.phases.length,
    // The rolling average is the minutes of the 28 days ending today, divided by four.
    minutesLastFourWeeks: Math.round(consistency.rollingFourWeekAverageMinutes * 4),
    streakDays: consistency.currentStreakDays,
    day: today,
  };
}

const MARGIN = 64;
const COLUMN_X = 480;
const COLUMN_WIDTH = CARD_WIDTH - COLUMN_X - MARGIN;
const ELLIPSIS = '…';

/** Cuts `text` to the longest prefix that fits `maxWidth` together with an ellipsis. */
function truncateToWidth(text: string, maxWidth: number, font: CardFont, measure: MeasureText): string {
  const characters = [...text];
  let length = characters.length;
  while (length > 0 && measure(characters.slice(0, length).join('').trimEnd() + ELLIPSIS, font) > maxWidth) length -= 1;
  return characters.slice(0, length).join('').trimEnd() + ELLIPSIS;
}

/** Splits a word too wide for a line into pieces that fit (a long URL-like title, a German compound). */
function splitLongWord(word: string, maxWidth: number, font: CardFont, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece && measure(piece + character, font) > maxWidth) {
      pieces.push(piece);
      piece = character;
    } else piece += character;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Word-wraps `text` into lines no wider than `maxWidth`, at most `maxLines` of them; what does not
 * fit ends the last line with an ellipsis. Runs of white space count as one space.
 */
export function wrapText(text: string, maxWidth: number, font: CardFont, measure: MeasureText, maxLines = Infinity): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = measure(word, font) > maxWidth ? splitLongWord(word, maxWidth, font, measure) : [word];
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  const last = kept.length - 1;
  if (last >= 0) kept[last] = truncateToWidth(`${kept[last]} ${lines[last + 1] ?? ''}`, maxWidth, font, measure);
  return kept;
}

const plural = (count: number, one: string, many: string): string => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** The card's sentences, shared by the picture and its text alternative. */
export function composeProgressCardText(input: ProgressCardInput) {
  const percent = Math.min(100, Math.max(0, Math.round(input.percent)));
  return {
    percent: `${percent}%`,
    counts: `${input.done.toLocaleString('en-US')} of ${plural(input.total, 'goal and milestone', 'goals and milestones')} done`,
    phase: input.currentPhase
      ? `Now in phase ${input.currentPhase.number} of ${input.phaseCount}: ${input.currentPhase.title}`
      : 'Every phase is complete',
    hours: `${formatHours(input.minutesLastFourWeeks)} studied in the last 4 weeks`,
    streak: `Daily study streak: ${plural(input.streakDays, 'day', 'days')}`,
    date: formatDayMedium(input.day),
  };
}

/** Where everything on the card goes: the ring on the left, the facts in a column on the right. */
export function layoutProgressCard(input: ProgressCardInput, measure: MeasureText): ProgressCardLayout {
  const text = composeProgressCardText(input);
  const texts: CardTextBlock[] = [];
  let y = 118;
  const add = (content: string, font: CardFont, colour: CardColour, lineHeight: number, maxLines: number, gapAfter: number) => {
    const lines = wrapText(content, COLUMN_WIDTH, font, measure, maxLines);
    texts.push({ lines, x: COLUMN_X, y, lineHeight, font, colour, align: 'left' });
    y += lines.length * lineHeight + gapAfter;
  };
  add('My study progress', { size: 28, weight: 700 }, 'accent', 36, 1, 20);
  add(input.title, { size: 50, weight: 700 }, 'text', 60, 2, 16);
  add(text.phase, { size: 32, weight: 400 }, 'text', 42, 3, 22);
  add(text.hours, { size: 32, weight: 700 }, 'accent', 42, 1, 4);
  add(text.streak, { size: 32, weight: 400 }, 'text', 42, 1, 0);

  const ring = { cx: 240, cy: 300, radius: 150, stroke: 34, fraction: Math.min(100, Math.max(0, Math.round(input.percent))) / 100 };
  const counts = wrapText(text.counts, 340, { size: 24, weight: 400 }, measure, 2);
  texts.push(
    { lines: [text.percent], x: ring.cx, y: ring.cy + 30, lineHeight: 0, font: { size: 86, weight: 700 }, colour: 'text', align: 'center' },
    {
      lines: counts,
      x: ring.cx,
      y: ring.cy + ring.radius + 66,
      lineHeight: 32,
      font: { size: 24, weight: 400 },
      colour: 'muted',
      align: 'center',
    },
    {
      lines: ['Healthcare AI Roadmap Tracker'],
      x: COLUMN_X,
      y: CARD_HEIGHT - 48,
      lineHeight: 0,
      font: { size: 24, weight: 400 },
      colour: 'muted',
      align: 'left',
    },
    {
      lines: [text.date],
      x: CARD_WIDTH - MARGIN,
      y: CARD_HEIGHT - 48,
      lineHeight: 0,
      font: { size: 24, weight: 700 },
      colour: 'muted',
      align: 'right',
    },
  );

  const description =
    `Progress card for “${input.title}”: ${text.percent} done (${text.counts}). ${text.phase}. ` +
    `${text.hours}. ${text.streak}. Made on ${text.date}.`;
  return { ring, texts, description };
}
