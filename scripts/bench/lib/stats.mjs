// Small statistics and formatting helpers for the bench.

/** Sorted copy of the finite numbers in `values`. */
function sorted(values) {
  return values.filter((v) => typeof v === 'number' && Number.isFinite(v)).toSorted((a, b) => a - b);
}

/** Nearest-rank percentile (p in 0..100) of the finite numbers in `values`; null when empty. */
export function percentile(values, p) {
  const s = sorted(values);
  if (s.length === 0) return null;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

/** Median (mean of the two middle values for an even count); null when empty. */
export function median(values) {
  const s = sorted(values);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** { median, min, max, n, runs } of a series of measurements (runs keeps the raw values). */
export function summarize(values) {
  const s = sorted(values);
  return {
    median: median(s),
    min: s.length ? s[0] : null,
    max: s.length ? s[s.length - 1] : null,
    n: s.length,
    runs: values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? round(v, 2) : null)),
  };
}

export function round(value, digits = 1) {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export const KB = 1024;

export function fmtMs(v, digits = 0) {
  return v === null || v === undefined ? 'n/a' : `${v.toFixed(digits)} ms`;
}

export function fmtKB(bytes, digits = 1) {
  return bytes === null || bytes === undefined ? 'n/a' : `${(bytes / KB).toFixed(digits)} KB`;
}

export function fmtMB(bytes, digits = 1) {
  return bytes === null || bytes === undefined ? 'n/a' : `${(bytes / KB / KB).toFixed(digits)} MB`;
}

/** "median (min–max)" of a summary, formatted by `fmt`. */
export function fmtRange(summary, fmt = fmtMs) {
  if (!summary || summary.median === null) return 'n/a';
  if (summary.n === 1) return `${fmt(summary.median)} (1 run)`;
  return `${fmt(summary.median)} (${fmt(summary.min)}–${fmt(summary.max)})`;
}

/** Renders rows of cells as an aligned plain-text table (first column left, others left too). */
export function table(head, rows) {
  const all = [head, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
