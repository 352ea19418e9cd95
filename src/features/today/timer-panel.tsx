import { useId, useRef, useState, type FormEvent } from 'react';
import type { Roadmap } from '../../content/types';
import { FIRST_STUDY_DAY, LAST_STUDY_DAY, formatDayLong } from '../../domain/calendar-day';
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
  const [minutes, setMinutes] = useState(String(summary.minutes));
  const [day, setDay] = useState<string>(summary.day);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isConfirmingDiscard, setConfirmingDiscard] = useState(false);
  const discardRef = useRef<HTMLButtonElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const session = {
      day,
      minutes: minutes.trim() === '' ? Number.NaN : Number(minutes),
      phaseId: timer.phaseId,
      itemId: timer.itemId,
      note: note.trim(),
    };
    const result = await run(
      'timer.log',
      { roadmapId: roadmap.id, session },
      {
        success: `Logged ${formatMinutes(session.minutes)} on ${/^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDayLong(day) : day}`,
        isQuiet: true,
      },
    );
    if (result.ok) focusSoon(() => document.getElementById('today-title'));
    else {
      setError(result.field === 'minutes' && minutes.trim() === '' ? 'Enter how many minutes you studied.' : result.message);
      document.getElementById(`${id}-${result.field === 'day' ? 'day' : result.field === 'note' ? 'note' : 'minutes'}`)?.focus();
    }
  };

  const discard = async () => {
    const result = await run('timer.discard', {}, { success: 'Timer discarded; nothing was logged.' });
    if (result.ok) focusSoon(() => document.getElementById('today-title'));
  };

  return (
    <form
      className="timer timer--stopped"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-title`}
      data-unsaved="true"
    >
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
      <div className="timer__fields">
        <div className="field">
          <label htmlFor={`${id}-minutes`}>Minutes</label>
          <input
            id={`${id}-minutes`}
            className="timer__minutes"
            type="number"
            inputMode="numeric"
            min="1"
            max="1440"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-day`}>Day</label>
          <input
            id={`${id}-day`}
            type="date"
            min={FIRST_STUDY_DAY}
            max={LAST_STUDY_DAY}
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <input id={`${id}-note`} type="text" dir="auto" value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
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
          <button type="submit" className="button button--primary">
            Log session
          </button>
          <button ref={discardRef} type="button" className="button" onClick={() => setConfirmingDiscard(true)}>
            Discard
          </button>
        </div>
      )}
    </form>
  );
}
