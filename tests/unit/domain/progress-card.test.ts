import { describe, expect, it } from 'vitest';
import { healthcareAiRoadmap } from '../../../src/content/healthcare-ai-roadmap';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  collectProgressCardInput,
  composeProgressCardText,
  layoutProgressCard,
  wrapText,
  type CardFont,
  type MeasureText,
  type ProgressCardInput,
} from '../../../src/domain/progress-card';
import type { StudySessionRecord } from '../../../src/domain/records';
import { legacyHlc } from '../../../src/domain/hlc';
import { day } from '../support/days';

/** Every character is half the font size wide: close enough to a real font for wrapping rules. */
const measure: MeasureText = (text, font) => [...text].length * font.size * 0.5;
const FONT: CardFont = { size: 20, weight: 400 };
/** 10 characters fit in 100 px at this font. */
const width = (characters: number) => characters * 10;

const INPUT: ProgressCardInput = {
  title: 'AI Healthcare Analytics Specialist',
  percent: 42,
  done: 13,
  total: 31,
  currentPhase: { number: 3, title: 'Machine learning for health data' },
  phaseCount: 6,
  minutesLastFourWeeks: 870,
  streakDays: 5,
  day: '2026-12-01',
};

describe('wrapText', () => {
  it.each([
    { name: 'empty text', text: '', max: 10, lines: Infinity, expected: [] },
    { name: 'white space only', text: '   \n ', max: 10, lines: Infinity, expected: [] },
    { name: 'fits on one line', text: 'one two', max: 10, lines: Infinity, expected: ['one two'] },
    { name: 'exactly the width', text: 'abcde fghi', max: 10, lines: Infinity, expected: ['abcde fghi'] },
    { name: 'wraps at spaces', text: 'one two three four', max: 10, lines: Infinity, expected: ['one two', 'three four'] },
    { name: 'folds runs of white space', text: 'one   two\tthree', max: 20, lines: Infinity, expected: ['one two three'] },
    {
      name: 'breaks a word longer than a line',
      text: 'abcdefghijklmnopqrstuvwxy',
      max: 10,
      lines: Infinity,
      expected: ['abcdefghij', 'klmnopqrst', 'uvwxy'],
    },
    { name: 'long word after a short one', text: 'ab cdefghijklmn', max: 10, lines: Infinity, expected: ['ab', 'cdefghijkl', 'mn'] },
    { name: 'ends with an ellipsis when cut', text: 'one two three four five', max: 10, lines: 2, expected: ['one two', 'three fou…'] },
    { name: 'no lines allowed', text: 'one', max: 10, lines: 0, expected: [] },
  ])('$name', ({ text, max, lines, expected }) => {
    expect(wrapText(text, width(max), FONT, measure, lines)).toEqual(expected);
  });

  it('never returns a line wider than asked, for any text', () => {
    const texts = [
      'Gesundheitsdatenanalysespezialistin im Krankenhaus',
      'ﾌﾙﾜｲﾄﾞ and 漢字の長いタイトルです',
      'a '.repeat(200),
      '👩🏽‍⚕️ emoji title',
    ];
    for (const text of texts) {
      for (const line of wrapText(text, width(12), FONT, measure, 3)) expect(measure(line, FONT)).toBeLessThanOrEqual(width(12));
    }
  });

  it('keeps every word of a text that fits', () => {
    const text = 'Progress on the nine month roadmap to a healthcare analytics role';
    expect(wrapText(text, width(16), FONT, measure).join(' ')).toBe(text);
  });
});

describe('what the progress card says', () => {
  it('states the percent, counts, phase, hours, streak and date', () => {
    expect(composeProgressCardText(INPUT)).toEqual({
      percent: '42%',
      counts: '13 of 31 goals and milestones done',
      phase: 'Now in phase 3 of 6: Machine learning for health data',
      hours: '14.5 hours studied in the last 4 weeks',
      streak: 'Daily study streak: 5 days',
      date: 'Dec 1, 2026',
    });
  });

  it.each([
    { name: 'everything done', input: { ...INPUT, percent: 100, currentPhase: null }, field: 'phase', expected: 'Every phase is complete' },
    { name: 'one day of streak', input: { ...INPUT, streakDays: 1 }, field: 'streak', expected: 'Daily study streak: 1 day' },
    {
      name: 'no study yet',
      input: { ...INPUT, minutesLastFourWeeks: 0, streakDays: 0 },
      field: 'hours',
      expected: '0 hours studied in the last 4 weeks',
    },
    { name: 'a percent over 100 (never shown)', input: { ...INPUT, percent: 130 }, field: 'percent', expected: '100%' },
    { name: 'a single item', input: { ...INPUT, done: 1, total: 1 }, field: 'counts', expected: '1 of 1 goal and milestone done' },
  ] as const)('$name', ({ input, field, expected }) => {
    expect(composeProgressCardText(input)[field]).toBe(expected);
  });

  it('describes the card in one text alternative, with no notes in it', () => {
    const { description } = layoutProgressCard(INPUT, measure);
    expect(description).toBe(
      'Progress card for “AI Healthcare Analytics Specialist”: 42% done (13 of 31 goals and milestones done). ' +
        'Now in phase 3 of 6: Machine learning for health data. 14.5 hours studied in the last 4 weeks. Daily study streak: 5 days. Made on Dec 1, 2026.',
    );
  });
});

describe('the card layout', () => {
  const layout = layoutProgressCard(INPUT, measure);

  it('fills the ring to the percent done', () => {
    expect(layout.ring.fraction).toBeCloseTo(0.42);
  });

  it('keeps every line of text on the 1200×630 card', () => {
    for (const block of layout.texts) {
      block.lines.forEach((line, index) => {
        const y = block.y + index * block.lineHeight;
        const lineWidth = measure(line, block.font);
        const left = block.align === 'left' ? block.x : block.align === 'right' ? block.x - lineWidth : block.x - lineWidth / 2;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + lineWidth).toBeLessThanOrEqual(CARD_WIDTH);
        expect(y).toBeLessThanOrEqual(CARD_HEIGHT);
        expect(y - block.font.size).toBeGreaterThanOrEqual(0);
      });
    }
  });

  it('cuts a very long roadmap title to two lines', () => {
    const long = layoutProgressCard({ ...INPUT, title: 'A very long imported roadmap title '.repeat(6) }, measure);
    const title = long.texts.find((block) => block.font.size === 50);
    expect(title?.lines).toHaveLength(2);
    expect(title?.lines[1]?.endsWith('…')).toBe(true);
  });

  it('keeps the right-hand column clear of the footer however long the texts are', () => {
    const long = layoutProgressCard(
      { ...INPUT, title: 'Long '.repeat(60), currentPhase: { number: 3, title: 'Long phase title '.repeat(10) } },
      measure,
    );
    const column = long.texts.filter((block) => block.x === 480 && block.lineHeight > 0);
    const bottom = Math.max(...column.map((block) => block.y + (block.lines.length - 1) * block.lineHeight));
    expect(bottom).toBeLessThan(CARD_HEIGHT - 48 - 24);
  });
});

describe('collectProgressCardInput', () => {
  const session = (dayText: string, minutes: number): StudySessionRecord => ({
    id: `${dayText}-${minutes}`,
    roadmapId: healthcareAiRoadmap.id,
    day: day(dayText),
    minutes,
    phaseId: null,
    itemId: null,
    note: 'not on the card',
    updatedAt: 0,
    deletedAt: null,
    hlc: legacyHlc(0),
  });

  it('reads progress, the current phase, the last 28 days and the streak', () => {
    const firstGoal = healthcareAiRoadmap.phases[0]?.goals[0]?.id ?? '';
    const input = collectProgressCardInput(
      healthcareAiRoadmap,
      new Map([[firstGoal, { status: 'done' as const }]]),
      // 2026-11-03 is 29 days before 2026-12-01: outside the four weeks.
      [session('2026-12-01', 30), session('2026-11-30', 45), session('2026-11-04', 60), session('2026-11-03', 600)],
      '2026-12-01',
    );
    expect(input).toMatchObject({
      title: healthcareAiRoadmap.title,
      done: 1,
      currentPhase: { number: 1 },
      phaseCount: 6,
      minutesLastFourWeeks: 135,
      streakDays: 2,
      day: '2026-12-01',
    });
    expect(JSON.stringify(input)).not.toContain('not on the card');
  });
});
