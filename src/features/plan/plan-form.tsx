import { useId, useState, type FormEvent } from 'react';
import type { Roadmap } from '../../content/types';
import { FIRST_STUDY_DAY, LAST_STUDY_DAY, type CalendarDay } from '../../domain/calendar-day';
import { validatePlan } from '../../domain/plan';
import type { Plan } from '../../domain/records';
import type { SaveOutcome } from '../../components/note-editor';

interface PlanFormProps {
  roadmap: Roadmap;
  initial: Plan;
  submitLabel: string;
  onSave: (plan: Plan) => Promise<SaveOutcome>;
  onCancel?: () => void;
}

/** Start date, target (as written or finish by a date) and an optional weekly hours goal. */
export function PlanForm({ roadmap, initial, submitLabel, onSave, onCancel }: PlanFormProps) {
  const id = useId();
  const [startDate, setStartDate] = useState<string>(initial.startDate);
  const [mode, setMode] = useState(initial.target.mode);
  const [finishBy, setFinishBy] = useState<string>(initial.target.mode === 'finish-by' ? initial.target.finishBy : '');
  const [hours, setHours] = useState(initial.hoursPerWeek === null ? '' : String(initial.hoursPerWeek));
  const [errors, setErrors] = useState<string[]>([]);
  const [isSaving, setSaving] = useState(false);
  const totalWeeks = roadmap.phases.reduce((sum, phase) => sum + phase.weeks, 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const hoursValue = hours.trim() === '' ? null : Number(hours);
    const problems: string[] = [];
    if (hoursValue !== null && !Number.isFinite(hoursValue)) problems.push('Hours per week must be a number, for example 6.');
    // validatePlan checks both days before anything relies on them being study days.
    const plan: Plan = {
      startDate: startDate as CalendarDay,
      target: mode === 'finish-by' ? { mode: 'finish-by', finishBy: finishBy as CalendarDay } : { mode: 'as-written' },
      hoursPerWeek: hoursValue,
      // Switching target drops per-phase overrides: a finish-by date re-scales every phase anyway.
      phaseDays: mode === initial.target.mode ? initial.phaseDays : {},
    };
    if (problems.length === 0) problems.push(...validatePlan(plan, roadmap.phases));
    setErrors(problems);
    if (problems.length > 0) return;
    setSaving(true);
    const outcome = await onSave(plan);
    setSaving(false);
    if (!outcome.ok) setErrors([outcome.message]);
  };

  return (
    <form
      className="plan-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-describedby={errors.length ? `${id}-errors` : undefined}
    >
      <div className="field">
        <label htmlFor={`${id}-start`}>Start date</label>
        <input
          id={`${id}-start`}
          type="date"
          required
          min={FIRST_STUDY_DAY}
          max={LAST_STUDY_DAY}
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
        />
      </div>
      <fieldset className="field">
        <legend>Target</legend>
        <label className="choice">
          <input type="radio" name={`${id}-mode`} checked={mode === 'as-written'} onChange={() => setMode('as-written')} />
          As written: phases back to back, {totalWeeks} weeks in all
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-mode`} checked={mode === 'finish-by'} onChange={() => setMode('finish-by')} />
          Finish by a date (phase lengths scale in proportion; the plan ends on that day)
        </label>
        {mode === 'finish-by' && (
          <div className="field field--nested">
            <label htmlFor={`${id}-finish`}>Finish by</label>
            <input
              id={`${id}-finish`}
              type="date"
              value={finishBy}
              min={startDate || FIRST_STUDY_DAY}
              max={LAST_STUDY_DAY}
              onChange={(event) => setFinishBy(event.target.value)}
            />
          </div>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-hours`}>Hours per week (optional)</label>
        <input
          id={`${id}-hours`}
          type="number"
          inputMode="decimal"
          min="0.5"
          max="168"
          step="0.5"
          placeholder="e.g. 6"
          value={hours}
          onChange={(event) => setHours(event.target.value)}
        />
      </div>
      {errors.length > 0 && (
        <div id={`${id}-errors`} className="field-error" role="alert">
          {errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
