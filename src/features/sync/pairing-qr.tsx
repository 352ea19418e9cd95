import { useMemo } from 'react';
import { encode } from 'uqr';

/**
 * The pairing link as a QR code for a phone's camera, drawn as one SVG path (no HTML strings, no
 * canvas). Always dark on white with a quiet zone, which cameras need, also in dark mode.
 */
export function PairingQr({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 3 });
    let d = '';
    qr.data.forEach((row, y) =>
      row.forEach((isDark, x) => {
        if (isDark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { size: qr.size, path: d };
  }, [text]);
  return (
    <svg className="sync-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
