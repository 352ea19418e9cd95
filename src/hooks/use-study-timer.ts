import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { readTimer } from '../db/queries';
import { elapsedMs, isRunning, observeClock, type StudyTimer } from '../domain/study-timer';

export interface StudyTimerView {
  /** null: no timer; undefined: still reading. */
  timer: StudyTimer | null | undefined;
  /** Study time so far, ms (0 without a timer). */
  elapsed: number;
}

/**
 * This device's study timer, live across tabs, with the elapsed time ticking once a second while
 * it runs. The elapsed time is always recomputed from the stored start and pauses, so a reload, a
 * closed tab or a locked phone changes nothing; a clock moved back never makes it go backwards.
 */
export function useStudyTimer(): StudyTimerView {
  const stored = useLiveQuery(() => readTimer(), []);
  const [observed, setObserved] = useState<StudyTimer | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const isTicking = stored ? isRunning(stored) : false;

  useEffect(() => {
    if (!isTicking) return;
    const tick = () => setNow(Date.now());
    const timer = window.setInterval(tick, 1_000);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [isTicking]);

  if (stored === undefined) return { timer: undefined, elapsed: 0 };
  if (stored === null) return { timer: null, elapsed: 0 };
  // Watch the clock on every tick (a clock moved back must not step the face back), starting from
  // the stored timer whenever it changed.
  const base =
    observed && observed.id === stored.id && observed.pauses.length === stored.pauses.length && observed.stoppedAt === stored.stoppedAt
      ? observed
      : stored;
  const next = observeClock(base, now);
  if (next !== observed) setObserved(next);
  return { timer: stored, elapsed: elapsedMs(next, now) };
}
