interface ProgressRingProps {
  percent: number;
  size?: number;
  label: string;
}

/** A ring picture of a percentage; the label carries the same fact for screen readers. */
export function ProgressRing({ percent, size = 64, label }: ProgressRingProps) {
  const stroke = size / 9;
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const clamped = Math.min(100, Math.max(0, percent));
  return (
    <svg className="ring" width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label}>
      <circle className="ring__track" cx={size / 2} cy={size / 2} r={radius} strokeWidth={stroke} fill="none" />
      {clamped > 0 && (
        <circle
          className="ring__value"
          cx={size / 2}
          cy={size / 2}
          r={radius}
          strokeWidth={stroke}
          fill="none"
          strokeLinecap="round"
          strokeDasharray={`${(clamped / 100) * circumference} ${circumference}`}
          transform={`rotate(-90 ${size / 2} ${size / 2})`}
        />
      )}
      <text className="ring__text" x="50%" y="50%" dominantBaseline="central" textAnchor="middle" fontSize={size / 4.2}>
        {clamped}%
      </text>
    </svg>
  );
}
