import { useId, useState, type FormEvent } from 'react';
import { ICS_WEEKDAYS, WEEKDAY_NAMES, validateStudyBlock, type IcsStudyBlock, type IcsWeekday } from '../../domain/ics-study-block';

const DAY_LABELS: Record<IcsWeekday, string> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };

interface CalendarExportProps {
  /** Downloads the .ics file, with the weekly study block when one is given. */
  onExport: (studyBlock: IcsStudyBlock | null) => void;
}

/**
 * The calendar export: phases and milestone reminders, and optionally a weekly study block (the
 * days and time the person picks, repeating until the plan ends, with a reminder before it), so
 * the calendar app on the phone does the reminding: no server, no notification permission.
 */
export function CalendarExport({ onExport }: CalendarExportProps) {
  const id = useId();
  const [hasBlock, setHasBlock] = useState(false);
  const [days, setDays] = useState<IcsWeekday[]>(['MO', 'WE']);
  const [startTime, setStartTime] = useState('19:00');
  const [duration, setDuration] = useState('60');
  const [reminder, setReminder] = useState('10');
  const [errors, setErrors] = useState<string[]>([]);

  const toggleDay = (day: IcsWeekday) =>
    setDays((current) =>
      current.includes(day) ? current.filter((d) => d !== day) : ICS_WEEKDAYS.filter((d) => d === day || current.includes(d)),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hasBlock) {
      setErrors([]);
      onExport(null);
      return;
    }
    const block: IcsStudyBlock = {
      days,
      startTime,
      durationMinutes: duration.trim() === '' ? Number.NaN : Number(duration),
      reminderMinutesBefore: reminder.trim() === '' ? null : Number(reminder),
    };
    const problems = validateStudyBlock(block);
    setErrors(problems);
    if (problems.length === 0) onExport(block);
  };

  return (
    <form className="calendar-export" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add to your calendar</h3>
      <p className="muted">
        A calendar file (.ics) with every phase and a reminder on each milestone’s day. Open it on your phone or computer.
      </p>
      <label className="choice">
        <input type="checkbox" checked={hasBlock} onChange={(event) => setHasBlock(event.target.checked)} />
        Also add a weekly study block with a reminder
      </label>
      {hasBlock && (
        <div className="calendar-export__block">
          <fieldset>
            <legend>Days</legend>
            <div className="quick">
              {ICS_WEEKDAYS.map((day) => (
                <button
                  key={day}
                  type="button"
                  className={days.includes(day) ? 'chip chip--on' : 'chip'}
                  aria-pressed={days.includes(day)}
                  aria-label={WEEKDAY_NAMES[day]}
                  onClick={() => toggleDay(day)}
                >
                  {DAY_LABELS[day]}
                </button>
              ))}
            </div>
          </fieldset>
          <div className="calendar-export__fields">
            <div className="field">
              <label htmlFor={`${id}-time`}>Starts at</label>
              <input id={`${id}-time`} type="time" value={startTime} onChange={(event) => setStartTime(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-duration`}>Minutes</label>
              <input
                id={`${id}-duration`}
                type="number"
                inputMode="numeric"
                min="5"
                max="720"
                value={duration}
                onChange={(event) => setDuration(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-reminder`}>Reminder, minutes before</label>
              <input
                id={`${id}-reminder`}
                type="number"
                inputMode="numeric"
                min="0"
                max="1440"
                value={reminder}
                onChange={(event) => setReminder(event.target.value)}
              />
            </div>
          </div>
          <p className="muted small">The block repeats every week until the plan ends, at the same local time wherever you are.</p>
        </div>
      )}
      {errors.length > 0 && (
        <div className="field-error" role="alert">
          {errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button">
          Download calendar file (.ics)
        </button>
      </div>
    </form>
  );
}
