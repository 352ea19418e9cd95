import { useEffect } from 'react';
import { formatElapsed, isPaused, isStopped } from '../domain/study-timer';
import { useStudyTimer } from '../hooks/use-study-timer';

/**
 * The study timer wherever the person is: the page title shows it ("12:34 · Plan · …") and, away
 * from the home view, a bar links back to it. `title` is the view's own title.
 */
export function TimerBar({ title, isHome }: { title: string; isHome: boolean }) {
  const { timer, elapsed } = useStudyTimer();
  const face = timer && !isStopped(timer) ? formatElapsed(elapsed) : null;
  const isTimerPaused = timer ? isPaused(timer) : false;

  useEffect(() => {
    const prefix = face === null ? (timer && isStopped(timer) ? 'Timer stopped · ' : '') : `${isTimerPaused ? '⏸' : '⏱'} ${face} · `;
    document.title = `${prefix}${title} · Healthcare AI Roadmap Tracker`;
  }, [face, isTimerPaused, timer, title]);

  if (!timer || isHome) return null;
  return (
    <div className="timer-bar" role="status">
      <p>
        {isStopped(timer)
          ? 'Your study timer is stopped and waits to be logged.'
          : `${isTimerPaused ? 'Timer paused at' : 'Studying:'} ${face}`}{' '}
        <a href="/#today">{isStopped(timer) ? 'Log it' : 'Open the timer'}</a>
      </p>
    </div>
  );
}
