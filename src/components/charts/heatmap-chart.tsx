import type { HeatmapCell } from '../../domain/study-stats';
import { HEATMAP_LEVEL_THRESHOLDS } from '../../domain/study-stats';
import { formatDayShort, formatMonthShort, formatWeekdayShort } from '../../domain/calendar-day';
import { formatCount, formatMinutesSpoken } from '../../domain/format';
import './charts.css';

export interface HeatmapChartProps {
  /** From `heatmapCells`: weeks × 7 cells, oldest week first, Monday to Sunday. */
  cells: readonly HeatmapCell[];
}

const LEFT = 16;
const TOP = 14;
const PITCH = 12;
const CELL = 10;
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

/** Minutes studied per day over the last weeks, GitHub-style, with a summary and a table by week. */
export function HeatmapChart({ cells }: HeatmapChartProps) {
  const weeks = groupWeeks(cells);
  const totalMinutes = weeks.reduce((sum, week) => sum + week.minutes, 0);
  const span = `${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}`;
  if (totalMinutes === 0) return <p className="chart-empty">No study sessions logged yet in the last {span}.</p>;

  const activeDays = cells.filter((cell) => !cell.isFuture && cell.minutes > 0).length;
  const best = weeks.reduce((top, week) => (week.minutes > top.minutes ? week : top));
  const summary = `${formatMinutesSpoken(totalMinutes)} (${formatCount(Math.round(totalMinutes / 6) / 10)} hours) on ${activeDays} ${
    activeDays === 1 ? 'day' : 'days'
  } in the last ${span}; best week: week of ${formatDayShort(best.cells[0]?.day ?? '')}, ${formatMinutesSpoken(best.minutes)}.`;
  const width = LEFT + weeks.length * PITCH;
  const height = TOP + 7 * PITCH;
  const today = cells.reduce((latest, cell) => (!cell.isFuture && cell.day > latest ? cell.day : latest), '');

  return (
    <figure className="chart heatmap">
      <figcaption className="chart__caption">{summary}</figcaption>
      <svg className="chart__svg heatmap__svg" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        {listMonthLabels(weeks).map(({ column, label }) => (
          <text key={column} className="chart-axis-label" x={LEFT + column * PITCH} y={TOP - 4}>
            {label}
          </text>
        ))}
        {[0, 2, 4].map((row) => (
          <text key={row} className="chart-axis-label" x={0} y={TOP + row * PITCH + CELL - 1}>
            {WEEKDAYS[row]?.charAt(0)}
          </text>
        ))}
        {cells.map((cell) =>
          cell.isFuture ? null : (
            <rect
              key={cell.day}
              className={`heatmap__cell heatmap__cell--l${cell.level}${cell.day === today ? ' heatmap__cell--today' : ''}`}
              x={LEFT + cell.weekIndex * PITCH}
              y={TOP + cell.dayOfWeek * PITCH}
              width={CELL}
              height={CELL}
              rx={2}
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
