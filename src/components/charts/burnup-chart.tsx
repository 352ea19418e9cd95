import type { Burnup } from '../../domain/burnup';
import { describeBurnup } from '../../domain/burnup';
import { countDaysBetween } from '../../domain/plan';
import { anchorFor, listMonthTicks, toPercent } from './chart-format';
import { formatDayShort } from '../../domain/calendar-day';
import { formatCount } from '../../domain/format';
import './charts.css';

export interface BurnupChartProps {
  /** The result of `computeBurnup`. */
  data: Burnup;
  today: string;
}

const TOP = 30;
const PLOT_HEIGHT = 170;
const BOTTOM = TOP + PLOT_HEIGHT;
const HEIGHT = BOTTOM + 24;
/** Width of the stretched inner coordinate system the lines are drawn in. */
const LINE_WIDTH = 1000;

/** The smallest 1-2-5 step giving at most four gridlines above zero. */
function findStep(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 2, 5]) if (max / (factor * magnitude) <= 4) return factor * magnitude;
  }
}

function formatPlanned(value: number): string {
  return formatCount(Math.round(value * 10) / 10);
}

/** Planned (dashed) against done (solid, with markers) items over the plan, with a table equivalent. */
export function BurnupChart({ data, today }: BurnupChartProps) {
  const { points, totalItems } = data;
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined)
    return <p className="chart-empty">No plan to chart yet: set a start date to compare planned and done items.</p>;
  if (totalItems === 0) return <p className="chart-empty">No items to chart yet: every item in the plan is skipped or hidden.</p>;

  const span = countDaysBetween(first.day, last.day);
  // A small inset keeps the end markers whole: the figure clips its overflow.
  const xOf = (day: string) => 0.015 + 0.97 * (span > 0 ? countDaysBetween(first.day, day) / span : 0.5);
  const yMax = Math.max(totalItems, ...points.map((point) => point.actual ?? 0), 1);
  const yOf = (value: number) => TOP + PLOT_HEIGHT * (1 - Math.min(Math.max(value, 0), yMax) / yMax);
  const step = findStep(yMax);
  const gridValues: number[] = [];
  for (let value = step; value < yMax; value += step) if (Math.abs(value - totalItems) > yMax * 0.1) gridValues.push(value);
  gridValues.push(totalItems);
  if (yMax > totalItems && !gridValues.includes(yMax)) gridValues.push(yMax);

  const toLine = (values: (number | null)[]) =>
    points
      .flatMap((point, index) => {
        const value = values[index];
        return value == null ? [] : [`${(xOf(point.day) * LINE_WIDTH).toFixed(1)},${yOf(value).toFixed(1)}`];
      })
      .join(' ');
  const actualPoints = points.filter((point) => point.actual !== null);
  const todayPoint = points.find((point) => point.day === today);
  const todayX = xOf(todayPoint?.day ?? today);

  return (
    <figure className="chart burnup">
      <figcaption className="chart__caption">{describeBurnup(data, today)}</figcaption>
      <svg className="chart__svg" width="100%" height={HEIGHT} aria-hidden="true" focusable="false">
        <line className="chart-axis" x1="0" x2="100%" y1={BOTTOM} y2={BOTTOM} />
        <line className="chart-today" x1={toPercent(todayX)} x2={toPercent(todayX)} y1={TOP - 14} y2={BOTTOM} />
        {gridValues.map((value) => (
          <g key={value}>
            <line className="chart-grid" x1="0" x2="100%" y1={yOf(value)} y2={yOf(value)} />
            <text className="chart-axis-label chart-halo" x="0" y={yOf(value) - 4}>
              {value === totalItems ? `${formatCount(value)} items` : formatCount(value)}
            </text>
          </g>
        ))}
        {listMonthTicks(first.day, last.day).map((tick) => (
          <g key={tick.day}>
            <line className="chart-axis" x1={toPercent(xOf(tick.day))} x2={toPercent(xOf(tick.day))} y1={BOTTOM} y2={BOTTOM + 4} />
            <text className="chart-axis-label" x={toPercent(xOf(tick.day))} y={BOTTOM + 17} textAnchor={anchorFor(xOf(tick.day))}>
              {tick.label}
            </text>
          </g>
        ))}
        <text className="chart-today__label" x={toPercent(todayX)} y={TOP - 18} textAnchor={anchorFor(todayX)}>
          Today
        </text>
        {/* Lines live in a stretched coordinate system; non-scaling strokes keep them crisp at any width. */}
        <svg width="100%" height={HEIGHT} viewBox={`0 0 ${LINE_WIDTH} ${HEIGHT}`} preserveAspectRatio="none" overflow="visible">
          <polyline className="burnup__planned" points={toLine(points.map((point) => point.planned))} vectorEffect="non-scaling-stroke" />
          <polyline className="burnup__actual" points={toLine(points.map((point) => point.actual))} vectorEffect="non-scaling-stroke" />
        </svg>
        {actualPoints.map((point) => (
          <circle key={point.day} className="burnup__marker" cx={toPercent(xOf(point.day))} cy={yOf(point.actual ?? 0)} r={3.5} />
        ))}
      </svg>
      <ul className="chart-legend">
        <li>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line className="burnup__planned" x1="0" x2="28" y1="5" y2="5" />
          </svg>
          Planned
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line className="burnup__actual" x1="0" x2="28" y1="5" y2="5" />
            <circle className="burnup__marker" cx="14" cy="5" r="3.5" />
          </svg>
          Done
        </li>
      </ul>
      <table className="visually-hidden">
        <caption>Items planned and done by day, out of {formatCount(totalItems)}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Planned</th>
            <th scope="col">Done</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.day}>
              <th scope="row">{point.day === today ? `${formatDayShort(point.day)} (today)` : formatDayShort(point.day)}</th>
              <td>{formatPlanned(point.planned)}</td>
              <td>{point.actual === null ? '—' : formatCount(point.actual)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
