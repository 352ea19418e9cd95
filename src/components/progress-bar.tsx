/** A thin horizontal bar; purely visual, the surrounding text states the numbers. */
export function ProgressBar({ percent }: { percent: number }) {
  const clamped = Math.min(100, Math.max(0, percent));
  return (
    <div className="bar" aria-hidden="true">
      <div className="bar__value" style={{ width: `${clamped}%` }} />
    </div>
  );
}
