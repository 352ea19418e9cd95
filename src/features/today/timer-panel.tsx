import { lazy, Suspense, useEffect } from 'react';
import type { Roadmap } from '../../content/types';
import { formatElapsed, isPaused, isStopped, type StudyTimer } from '../../domain/study-timer';
import { useCommand } from '../../hooks/use-command';
import { focusSoon } from '../../components/focus';

// The log form (with the session form and its checks) is fetched as soon as a timer shows, so
// stopping never waits for it; it stays out of the first view's code.
const loadLogTimerForm = () => import('./log-timer-form');
const LogTimerForm = lazy(() => loadLogTimerForm().then((module) => ({ default: module.LogTimerForm })));

const short = (text: string): string => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

/** What the timer is on, in words: "“Write a cohort query” (phase 1)". */
export function describeTimerTarget(roadmap: Roadmap, timer: Pick<StudyTimer, 'phaseId' | 'itemId'>): string {
  const phase = roadmap.phases.find((candidate) => candidate.id === timer.phaseId);
  if (!phase) return 'a phase that is no longer in this roadmap';
  const item =
    timer.itemId === null
      ? null
      : timer.itemId === phase.milestone.id
        ? phase.milestone.text
        : (phase.goals.find((goal) => goal.id === timer.itemId)?.text ??
          phase.resources.find((resource) => resource.id === timer.itemId)?.title);
  return item ? `“${short(item)}” (phase ${phase.number})` : `phase ${phase.number}: ${short(phase.title)}`;
}

interface TimerPanelProps {
  roadmap: Roadmap;
  timer: StudyTimer;
  elapsed: number;
}

/** The running, paused or stopped timer: pause, resume, stop; then log the session (editable) or discard it. */
export function TimerPanel({ roadmap, timer, elapsed }: TimerPanelProps) {
  const run = useCommand();
  const target = describeTimerTarget(roadmap, timer);
  const stopped = isStopped(timer);
  const paused = isPaused(timer);
  useEffect(() => {
    void loadLogTimerForm().catch(() => undefined);
  }, []);

  if (stopped)
    return (
      <Suspense fallback={<p className="timer__title">Stopped: getting the session ready to log…</p>}>
        <LogTimerForm roadmap={roadmap} timer={timer} target={target} />
      </Suspense>
    );

  const change = async (what: 'timer.pause' | 'timer.resume' | 'timer.stop') => {
    const result = await run(what, {});
    if (result.ok)
      focusSoon(() => document.querySelector<HTMLElement>(what === 'timer.stop' ? '.timer__minutes' : '.timer__controls button'));
  };

  return (
    <div className={`timer${paused ? ' timer--paused' : ''}`} aria-labelledby="timer-title">
      <p id="timer-title" className="timer__title">
        {paused ? 'Paused: ' : 'Studying '}
        {target}
      </p>
      <p className="timer__face" role="timer" aria-live="off" aria-label={`${formatElapsed(elapsed)} studied so far`}>
        {formatElapsed(elapsed)}
      </p>
      <div className="button-row timer__controls">
        {paused ? (
          <button type="button" className="button button--primary" onClick={() => void change('timer.resume')}>
            Resume
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void change('timer.pause')}>
            Pause
          </button>
        )}
        <button type="button" className="button" onClick={() => void change('timer.stop')}>
          Stop and log
        </button>
      </div>
    </div>
  );
}
