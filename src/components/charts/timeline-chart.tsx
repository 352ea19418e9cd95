import { countDaysBetween } from '../../domain/plan';
import { anchorFor, listMonthTicks, toPercent } from './chart-format';
import { formatDayShort } from '../../domain/calendar-day';
import './charts.css';

export interface TimelinePhase {
  phaseId: string;
  number: number;
  title: string;
  /** First day, `yyyy-MM-dd`. */
  start: string;
  /** Last day (inclusive). */
  end: string;
  days: number;
  isComplete: boolean;
  milestoneDone: boolean;
}

export interface TimelineChartProps {
  phases: readonly TimelinePhase[];
  today: string;
  /** Last day of the roadmap's nine-month estimate, drawn as a dashed marker. */
  estimateEnd?: string;
}

const TOP = 22;
const ROW = 34;

function describeRange(phase: TimelinePhase): string {
  return `${formatDayShort(phase.start)} – ${formatDayShort(phase.end)}`;
}

function describeToday(phases: readonly TimelinePhase[], today: string, firstDay: string, lastDay: string): string {
  const index = phases.findIndex((phase) => today >= phase.start && today <= phase.end);
  const current = phases[index];
  if (current !== undefined) return `Today, ${formatDayShort(today)}, is in phase ${current.number} of ${phases.length}: ${current.title}.`;
  if (today < firstDay) return `The plan starts on ${formatDayShort(firstDay)}; today is ${formatDayShort(today)}.`;
  if (today > lastDay) return `The plan ended on ${formatDayShort(lastDay)}; today is ${formatDayShort(today)}.`;
  return `Today is ${formatDayShort(today)}.`;
}

/** Phases as bars on a calendar, with today, milestone diamonds and the nine-month estimate. */
export function TimelineChart({ phases, today, estimateEnd }: TimelineChartProps) {
  if (phases.length === 0) return <p className="chart-empty">No phases to show yet: set a start date to lay the plan on the calendar.</p>;

  const firstDay = phases.reduce((min, phase) => (phase.start < min ? phase.start : min), phases[0]?.start ?? today);
  const lastDay = phases.reduce((max, phase) => (phase.end > max ? phase.end : max), phases[0]?.end ?? today);
  const domainStart = today < firstDay ? today : firstDay;
  let domainEnd = today > lastDay ? today : lastDay;
  if (estimateEnd !== undefined && estimateEnd > domainEnd) domainEnd = estimateEnd;
  const dayCount = countDaysBetween(domainStart, domainEnd) + 1;
  // The right inset keeps the last milestone diamond whole: the figure clips its overflow.
  const xOf = (day: string, plusDays = 0) => (0.975 * (countDaysBetween(domainStart, day) + plusDays)) / dayCount;

  const rowsBottom = TOP + phases.length * ROW;
  const height = rowsBottom + (estimateEnd === undefined ? 24 : 42);
  const todayX = xOf(today, 0.5);
  const milestonesDone = phases.filter((phase) => phase.milestoneDone).length;

  return (
    <figure className="chart timeline">
      <figcaption className="chart__caption">
        {describeToday(phases, today, firstDay, lastDay)} {milestonesDone} of {phases.length} milestones done.
        {estimateEnd !== undefined ? ` The nine-month estimate ends on ${formatDayShort(estimateEnd)}.` : null}
      </figcaption>
      <svg className="chart__svg" width="100%" height={height} aria-hidden="true" focusable="false">
        {listMonthTicks(domainStart, domainEnd).map((tick) => (
          <g key={tick.day}>
            <line className="chart-grid" x1={toPercent(xOf(tick.day))} x2={toPercent(xOf(tick.day))} y1={TOP - 4} y2={rowsBottom} />
            <text className="chart-axis-label" x={toPercent(xOf(tick.day))} y={rowsBottom + 16} textAnchor={anchorFor(xOf(tick.day))}>
              {tick.label}
            </text>
          </g>
        ))}
        <line className="chart-today" x1={toPercent(todayX)} x2={toPercent(todayX)} y1={TOP - 6} y2={rowsBottom} />
        {phases.map((phase, index) => {
          const x = xOf(phase.start);
          const end = xOf(phase.end, 1);
          const top = TOP + index * ROW;
          const isLeft = (x + end) / 2 <= 0.5;
          const state = phase.isComplete ? 'complete' : today >= phase.start && today <= phase.end ? 'current' : 'open';
          return (
            <g key={phase.phaseId}>
              <text
                className="timeline__label chart-halo"
                x={toPercent(isLeft ? x : end)}
                y={top + 12}
                textAnchor={isLeft ? 'start' : 'end'}
              >
                <tspan className="timeline__phase">{`P${phase.number}${phase.isComplete ? ' ✓' : ''}`}</tspan>
                {` ${describeRange(phase)}`}
              </text>
              <rect
                className={`timeline__bar timeline__bar--${state}`}
                x={toPercent(x)}
                y={top + 18}
                width={toPercent(end - x)}
                height={10}
                rx={3}
              />
              <svg x={toPercent(end)} y={top + 23} overflow="visible">
                <path
                  className={
                    phase.milestoneDone ? 'timeline__milestone timeline__milestone--done' : 'timeline__milestone timeline__milestone--open'
                  }
                  d={phase.milestoneDone ? 'M0-7 7 0 0 7-7 0Z' : 'M0-6 6 0 0 6-6 0Z'}
                />
              </svg>
            </g>
          );
        })}
        {estimateEnd !== undefined ? (
          <g>
            <line
              className="timeline__estimate"
              x1={toPercent(xOf(estimateEnd, 1))}
              x2={toPercent(xOf(estimateEnd, 1))}
              y1={TOP - 4}
              y2={rowsBottom + 22}
            />
            <text
              className="chart-axis-label"
              x={toPercent(xOf(estimateEnd, 1))}
              y={rowsBottom + 36}
              textAnchor={xOf(estimateEnd, 1) > 0.5 ? 'end' : 'start'}
            >
              {`9-month estimate ${formatDayShort(estimateEnd)}`}
            </text>
          </g>
        ) : null}
        <text className="chart-today__label" x={toPercent(todayX)} y={TOP - 9} textAnchor={anchorFor(todayX)}>
          Today
        </text>
      </svg>
      <ol className="visually-hidden">
        {phases.map((phase) => (
          <li key={phase.phaseId}>
            {`Phase ${phase.number}, ${phase.title}: ${describeRange(phase)} (${phase.days} ${phase.days === 1 ? 'day' : 'days'}); `}
            {`${phase.isComplete ? 'all items done' : 'items still open'}; milestone ${phase.milestoneDone ? 'done' : 'not done yet'}.`}
          </li>
        ))}
      </ol>
    </figure>
  );
}
