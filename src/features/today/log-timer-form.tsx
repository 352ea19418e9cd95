import { useId, useRef, useState } from 'react';
import type { Roadmap } from '../../content/types';
import { formatDayLong } from '../../domain/calendar-day';
import type { SessionFields } from '../../domain/schemas/session';
import { SessionForm } from '../../components/session-form';
import { formatMinutes } from '../../domain/format';
import { summarizeTimerSession, type StudyTimer } from '../../domain/study-timer';
import { useCommand } from '../../hooks/use-command';
import { ConfirmGroup } from '../../components/confirm-group';
import { focusSoon } from '../../components/focus';

/** The stopped timer: its session to check and log, or discard (with a question). Loaded when a timer runs. */
export function LogTimerForm({ roadmap, timer, target }: { roadmap: Roadmap; timer: StudyTimer; target: string }) {
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
