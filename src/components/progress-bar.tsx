/** A thin horizontal bar; purely visual, the surrounding text states the numbers. */
export function ProgressBar({ percent }: { percent: number }) {
  const clamped = Math.min(100, Math.max(0, percent));
  return (
    <div className="bar" aria-hidden="true">
      {/* No style at 0 %: the prerendered HTML carries no inline style, which the CSP would refuse. */}
      <div className="bar__value" style={clamped > 0 ? { width: `${clamped}%` } : undefined} />
    </div>
  );
}
