import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BurnupChart } from '../../../src/components/charts/burnup-chart';
import { HeatmapChart } from '../../../src/components/charts/heatmap-chart';
import { TimelineChart } from '../../../src/components/charts/timeline-chart';
import type { TimelinePhase } from '../../../src/components/charts/timeline-chart';
import { computeBurnup } from '../../../src/domain/burnup';
import { computeSchedule } from '../../../src/domain/plan';
import type { StudySessionRecord } from '../../../src/domain/records';
import { heatmapCells } from '../../../src/domain/study-stats';
import { day as asDay, planOf } from '../support/days';
import { legacyHlc } from '../../../src/domain/hlc';

const SPECS = [
  { id: 'p1', weeks: 4, title: 'Foundations' },
  { id: 'p2', weeks: 6, title: 'Statistics for health data' },
  { id: 'p3', weeks: 6, title: 'Machine learning' },
  { id: 'p4', weeks: 5, title: 'Clinical NLP' },
  { id: 'p5', weeks: 5, title: 'Deployment' },
  { id: 'p6', weeks: 4, title: 'Portfolio' },
];
/** 2026-01-01 … 2026-07-29. */
const schedule = computeSchedule(
  SPECS,
  planOf({ startDate: '2026-01-01', target: { mode: 'as-written' }, hoursPerWeek: null, phaseDays: {} }),
);
const TODAY = '2026-03-01'; // a Sunday, in phase 2

const phases: TimelinePhase[] = schedule.map((window, index) => ({
  ...window,
  number: index + 1,
  title: SPECS[index]?.title ?? '',
  isComplete: index === 0,
  milestoneDone: index === 0,
}));

/** Text a screen reader gets: the markup without tags, and without aria-hidden subtrees. */
function readableText(html: string): string {
  return html
    .replace(/<svg[^>]*aria-hidden="true"[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

function session(day: string, minutes: number): StudySessionRecord {
  return {
    id: `${day}-${minutes}`,
    roadmapId: 'r',
    day: asDay(day),
    minutes,
    phaseId: null,
    itemId: null,
    note: '',
    updatedAt: 0,
    deletedAt: null,
    hlc: legacyHlc(0),
  };
}

describe('TimelineChart', () => {
  const html = renderToStaticMarkup(<TimelineChart phases={phases} today={TODAY} estimateEnd="2026-09-30" />);

  it('lists every phase with its dates and milestone status for screen readers', () => {
    const text = readableText(html);
    expect(text).toContain('Phase 1, Foundations: Jan 1 – Jan 28 (28 days); all items done; milestone done.');
    expect(text).toContain('Phase 2, Statistics for health data: Jan 29 – Mar 11 (42 days); items still open; milestone not done yet.');
    expect(text).toContain('Phase 6, Portfolio:');
    expect(text).toContain('Today, Mar 1, is in phase 2 of 6: Statistics for health data.');
    expect(text).toContain('1 of 6 milestones done.');
    expect(text).toContain('The nine-month estimate ends on Sep 30.');
  });

  it('draws labelled bars, a today marker and the estimate', () => {
    expect(html).toContain('>Today</text>');
    for (const number of [1, 2, 3, 4, 5, 6]) expect(html).toContain(`>P${number}`);
    expect(html).toContain('9-month estimate Sep 30');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('draws done milestones as filled diamonds and open ones as hollow, differently shaped diamonds', () => {
    const done = [...html.matchAll(/class="timeline__milestone timeline__milestone--done" d="([^"]+)"/g)].map((match) => match[1]);
    const open = [...html.matchAll(/class="timeline__milestone timeline__milestone--open" d="([^"]+)"/g)].map((match) => match[1]);
    expect(done).toHaveLength(1);
    expect(open).toHaveLength(5);
    expect(done[0]).not.toBe(open[0]);
  });

  it('keeps today on the chart when the plan has not started', () => {
    const early = renderToStaticMarkup(<TimelineChart phases={phases} today="2025-12-01" />);
    expect(readableText(early)).toContain('The plan starts on Jan 1; today is Dec 1.');
    expect(early).not.toMatch(/NaN|Infinity/);
  });

  it('says there is nothing to show without phases, instead of an empty chart', () => {
    const empty = renderToStaticMarkup(<TimelineChart phases={[]} today={TODAY} />);
    expect(empty).not.toContain('<svg');
    expect(empty).toMatch(/No phases to show yet/);
  });
});

describe('BurnupChart', () => {
  const itemsPerPhase = SPECS.map((spec) => ({ phaseId: spec.id, total: spec.weeks }));
  const data = computeBurnup({
    schedule,
    itemsPerPhase,
    completions: [{ day: '2026-01-05' }, { day: '2026-02-01' }, { day: '2026-02-20' }],
    today: TODAY,
  });
  const html = renderToStaticMarkup(<BurnupChart data={data} today={TODAY} />);

  it('states planned against done in its caption and a table', () => {
    const text = readableText(html);
    expect(text).toContain('By today 9 of 30 items were planned and 3 are done.');
    expect(text).toMatch(/Mar 1 \(today\) 8\.6 3/);
    expect(text).toMatch(/Jul 29 30 —/);
  });

  it('draws a dashed planned line, a solid done line with markers, a legend and a today marker', () => {
    expect(html).toMatch(/<polyline class="burnup__planned" points="[^"]+"/);
    expect(html).toMatch(/<polyline class="burnup__actual" points="[^"]+"/);
    const markers = html.match(/<circle class="burnup__marker"/g) ?? [];
    expect(markers.length).toBe(data.points.filter((point) => point.actual !== null).length + 1); // + legend sample
    expect(html).toContain('Planned');
    expect(html).toContain('>Today</text>');
    expect(html).toContain('30 items');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it.each([
    { name: 'no schedule', data: { points: [], totalItems: 0 }, message: /No plan to chart yet/ },
    {
      name: 'no items',
      data: computeBurnup({ schedule, itemsPerPhase: [], completions: [], today: TODAY }),
      message: /No items to chart yet/,
    },
  ])('shows a message instead of an empty chart: $name', ({ data: empty, message }) => {
    const markup = renderToStaticMarkup(<BurnupChart data={empty} today={TODAY} />);
    expect(markup).not.toContain('<svg');
    expect(markup).toMatch(message);
  });

  it('renders a one-day plan without NaN', () => {
    const oneDay = computeBurnup({
      schedule: [{ phaseId: 'p1', start: TODAY, end: TODAY, days: 1 }],
      itemsPerPhase: [{ phaseId: 'p1', total: 2 }],
      completions: [],
      today: TODAY,
    });
    expect(renderToStaticMarkup(<BurnupChart data={oneDay} today={TODAY} />)).not.toMatch(/NaN|Infinity/);
  });
});

describe('HeatmapChart', () => {
  const sessions = [
    session('2026-02-24', 45),
    session('2026-02-25', 130),
    session('2026-02-25', 20),
    session('2025-10-06', 10),
    session('2026-03-02', 60),
  ];
  const cells = heatmapCells(sessions, TODAY);
  const html = renderToStaticMarkup(<HeatmapChart cells={cells} />);

  it('draws 182 cells, each with a title', () => {
    expect(html.match(/<rect class="heatmap__cell heatmap__cell--l\d[^>]*><title>/g)).toHaveLength(182);
    expect(html.match(/<title>/g)).toHaveLength(182);
    expect(html).toContain('<title>Tue, Feb 24: 45 minutes</title>');
    expect(html).toContain('<title>Mon, Feb 23: no study</title>');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('summarises the total, active days and best week, and tables the data by week', () => {
    const text = readableText(html);
    expect(text).toContain('205 minutes (3.4 hours) on 3 days in the last 26 weeks; best week: week of Feb 23, 195 minutes.');
    expect(text).toContain('Minutes studied per day, by week');
    expect(text).toMatch(/Feb 23 0 45 150 0 0 0 0 195/);
  });

  it('shows a legend with the minute thresholds', () => {
    const text = readableText(html);
    for (const label of ['Less', '0', '1–29', '30–59', '60–119', '120+', 'More']) expect(text).toContain(label);
  });

  it('leaves future days empty', () => {
    const midweek = heatmapCells(sessions, '2026-02-25'); // a Wednesday: Thu–Sun are still to come
    const markup = renderToStaticMarkup(<HeatmapChart cells={midweek} />);
    expect(markup.match(/<title>/g)).toHaveLength(182 - 4);
    expect(markup).not.toContain('Thu, Feb 26');
  });

  it('says no sessions are logged instead of drawing an empty grid', () => {
    const markup = renderToStaticMarkup(<HeatmapChart cells={heatmapCells([], TODAY)} />);
    expect(markup).not.toContain('<svg');
    expect(markup).toContain('No study sessions logged yet in the last 26 weeks.');
  });
});
