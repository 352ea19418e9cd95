import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { HeatmapCell } from '../../domain/study-stats';
import { HEATMAP_LEVEL_THRESHOLDS } from '../../domain/study-stats';
import { formatDayShort, formatMonthShort, formatWeekdayShort } from '../../domain/calendar-day';
import { formatCount, formatMinutesSpoken } from '../../domain/format';
import './charts.css';

export interface HeatmapChartProps {
  /** From `heatmapCells`: weeks × 7 cells, oldest week first, Monday to Sunday. */
  cells: readonly HeatmapCell[];
}

/** Axis labels in CSS pixels: the chart is drawn at its real width, so this is the size on screen. */
export const AXIS_FONT_PX = 12;
const LEFT = 18;
const TOP = 18;
/** Cells grow with the card up to this pitch (cell plus gap), so a wide card gets a readable grid. */
const MAX_PITCH = 30;
const MIN_PITCH = 8;
/** The width the chart assumes until it has measured its card (and when rendered outside a browser). */
const DEFAULT_WIDTH = 560;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "0", "1–29", "30–59", "60–119", "120+" from the domain's thresholds, so legend and levels agree. */
function listLevelLabels(): string[] {
  const [one, two, three, four] = HEATMAP_LEVEL_THRESHOLDS;
  return ['0', `${one}–${two - 1}`, `${two}–${three - 1}`, `${three}–${four - 1}`, `${four}+`];
}

interface Week {
  cells: HeatmapCell[];
  minutes: number;
}

function groupWeeks(cells: readonly HeatmapCell[]): Week[] {
  const weeks: Week[] = [];
  for (const cell of cells) {
    const week = (weeks[cell.weekIndex] ??= { cells: [], minutes: 0 });
    week.cells.push(cell);
    if (!cell.isFuture) week.minutes += cell.minutes;
  }
  return weeks.filter((week) => week !== undefined);
}

/** Month labels over the first column of each month; one squeezed against the next is dropped. */
function listMonthLabels(weeks: readonly Week[]): { column: number; label: string }[] {
  const labels: { column: number; label: string }[] = [];
  let previous = '';
  weeks.forEach((week, column) => {
    const monday = week.cells[0]?.day ?? '';
    const month = monday.slice(0, 7);
    if (month !== previous) labels.push({ column, label: formatMonthShort(monday) });
    previous = month;
  });
  const [first, second] = labels;
  if (first !== undefined && second !== undefined && second.column - first.column < 3) labels.shift();
  return labels;
}

export interface HeatmapSize {
  pitch: number;
  cell: number;
  width: number;
  height: number;
}

/** Cell size for a card `available` pixels wide: as large as fits, within readable bounds. */
export function fitHeatmap(available: number, weekCount: number): HeatmapSize {
  const columns = Math.max(1, weekCount);
  const room = Number.isFinite(available) && available > 0 ? available : DEFAULT_WIDTH;
  const pitch = Math.max(MIN_PITCH, Math.min(MAX_PITCH, Math.floor((room - LEFT) / columns)));
  const gap = Math.max(2, Math.round(pitch * 0.15));
  return { pitch, cell: pitch - gap, width: LEFT + columns * pitch, height: TOP + 7 * pitch };
}

/** The width of the element, followed as the card resizes (rotation, window size). */
function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  // Measured before the first paint, so the grid never jumps from a guessed size.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Minutes studied per day over the last weeks, GitHub-style, with a summary and a table by week. */
export function HeatmapChart({ cells }: HeatmapChartProps) {
  const [figureRef, available] = useWidth<HTMLElement>();
  const weeks = groupWeeks(cells);
  const totalMinutes = weeks.reduce((sum, week) => sum + week.minutes, 0);
  const span = `${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}`;
  if (totalMinutes === 0) return <p className="chart-empty">No study sessions logged yet in the last {span}.</p>;

  const activeDays = cells.filter((cell) => !cell.isFuture && cell.minutes > 0).length;
  const best = weeks.reduce((top, week) => (week.minutes > top.minutes ? week : top));
  const summary = `${formatMinutesSpoken(totalMinutes)} (${formatCount(Math.round(totalMinutes / 6) / 10)} hours) on ${activeDays} ${
    activeDays === 1 ? 'day' : 'days'
  } in the last ${span}; best week: week of ${formatDayShort(best.cells[0]?.day ?? '')}, ${formatMinutesSpoken(best.minutes)}.`;
  const { pitch, cell: cellSize, width, height } = fitHeatmap(available, weeks.length);
  const today = cells.reduce((latest, cell) => (!cell.isFuture && cell.day > latest ? cell.day : latest), '');

  return (
    <figure className="chart heatmap" ref={figureRef}>
      <figcaption className="chart__caption">{summary}</figcaption>
      <svg
        className="chart__svg heatmap__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontSize={AXIS_FONT_PX}
        aria-hidden="true"
        focusable="false"
      >
        {listMonthLabels(weeks).map(({ column, label }) => (
          <text key={column} className="chart-axis-label" x={LEFT + column * pitch} y={TOP - 5}>
            {label}
          </text>
        ))}
        {[0, 2, 4].map((row) => (
          <text key={row} className="chart-axis-label" x={0} y={TOP + row * pitch + cellSize / 2} dominantBaseline="central">
            {WEEKDAYS[row]?.charAt(0)}
          </text>
        ))}
        {cells.map((cell) =>
          cell.isFuture ? null : (
            <rect
              key={cell.day}
              className={`heatmap__cell heatmap__cell--l${cell.level}${cell.day === today ? ' heatmap__cell--today' : ''}`}
              x={LEFT + cell.weekIndex * pitch}
              y={TOP + cell.dayOfWeek * pitch}
              width={cellSize}
              height={cellSize}
              rx={Math.min(4, cellSize / 5)}
            >
              <title>{`${formatWeekdayShort(cell.day)}: ${cell.minutes > 0 ? formatMinutesSpoken(cell.minutes) : 'no study'}`}</title>
            </rect>
          ),
        )}
      </svg>
      <ul className="chart-legend heatmap__legend">
        <li>Less</li>
        {listLevelLabels().map((label, level) => (
          <li key={label}>
            <svg width="12" height="12" aria-hidden="true" focusable="false">
              <rect className={`heatmap__cell heatmap__cell--l${level}`} x="1" y="1" width="10" height="10" rx="2" />
            </svg>
            {label}
          </li>
        ))}
        <li>More (minutes a day)</li>
      </ul>
      <table className="visually-hidden">
        <caption>Minutes studied per day, by week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {WEEKDAYS.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.cells[0]?.day}>
              <th scope="row">{formatDayShort(week.cells[0]?.day ?? '')}</th>
              {week.cells.map((cell) => (
                <td key={cell.day}>{cell.isFuture ? '—' : formatCount(cell.minutes)}</td>
              ))}
              <td>{formatCount(week.minutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
