import { useId, useRef, useState } from 'react';
import type { Roadmap } from '../../content/types';
import { formatDayLong } from '../../domain/calendar-day';
import type { SessionFields } from '../../domain/schemas/session';
import { SessionForm } from '../../components/session-form';
import { formatMinutes } from '../../domain/format';
import { formatElapsed, isPaused, isStopped, summarizeTimerSession, type StudyTimer } from '../../domain/study-timer';
import { useCommand } from '../../hooks/use-command';
import { ConfirmGroup } from '../../components/confirm-group';
import { focusSoon } from '../../components/focus';

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

  if (stopped) return <LogTimerForm roadmap={roadmap} timer={timer} target={target} />;

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

function LogTimerForm({ roadmap, timer, target }: { roadmap: Roadmap; timer: StudyTimer; target: string }) {
  const id = useId();
  const run = useCommand();
  const [now] = useState(() => Date.now());
  const summary = summarizeTimerSession(timer, now);
  const [isConfirmingDiscard, setConfirmingDiscard] = useState(false);
  const discardRef = useRef<HTMLButtonElement>(null);

  const save = async (session: SessionFields) => {
    const result = await run(
      'timer.log',
      { roadmapId: roadmap.id, session },
      { success: `Logged ${formatMinutes(session.minutes)} on ${formatDayLong(session.day)}`, isQuiet: true },
    );
    if (result.ok) focusSoon(() => document.getElementById('today-title'));
    return result;
  };

  const discard = async () => {
    const result = await run('timer.discard', {}, { success: 'Timer discarded; nothing was logged.' });
    if (result.ok) focusSoon(() => document.getElementById('today-title'));
  };

  return (
    <div className="timer timer--stopped" aria-labelledby={`${id}-title`} role="group">
      <p id={`${id}-title`} className="timer__title">
        Stopped: {formatMinutes(summary.minutes)} on {target}. Check the session, then log it.
      </p>
      {summary.shouldConfirm && (
        <p className="timer__warning" role="status">
          {summary.isCapped
            ? 'The timer ran longer than a day holds, so the minutes were cut to 24 hours. Was it left running? Correct the minutes before you log.'
            : `That is ${formatMinutes(summary.minutes)} in one go: did you really study that long? Correct the minutes if not.`}
        </p>
      )}
      <SessionForm
        roadmap={roadmap}
        initial={{ day: summary.day, minutes: summary.minutes, phaseId: timer.phaseId, itemId: timer.itemId, note: '' }}
        submitLabel="Log session"
        onSave={save}
        isAlwaysUnsaved
      />
      {isConfirmingDiscard ? (
        <ConfirmGroup
          title="Discard this timer?"
          confirmLabel="Discard"
          cancelLabel="Keep it"
          isDanger
          onConfirm={() => void discard()}
          onCancel={() => {
            setConfirmingDiscard(false);
            focusSoon(() => discardRef.current);
          }}
        >
          <p>{formatMinutes(summary.minutes)} of study will not be logged.</p>
        </ConfirmGroup>
      ) : (
        <div className="button-row">
          <button ref={discardRef} type="button" className="button" onClick={() => setConfirmingDiscard(true)}>
            Discard the timer
          </button>
        </div>
      )}
    </div>
  );
}
