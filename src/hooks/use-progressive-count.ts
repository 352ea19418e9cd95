import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a long list to render now: the first `first` at once (what is on screen), then
 * `step` more per frame, as a transition that a tap or a key press interrupts, until all are there.
 * Every row ends up in the page (find in page, a screen reader's list navigation), and a 2,000-goal
 * phase shows its first screen as fast as a short one. `atLeast` renders up to that many at once
 * (the row a link points to).
 */
export function useProgressiveCount(total: number, { first = 40, step = 150, atLeast = 0 } = {}): number {
  const [shown, setShown] = useState(() => Math.max(first, atLeast));
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => startTransition(() => setShown((count) => count + step)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total, step]);
  return Math.min(total, Math.max(shown, atLeast));
}
