import { useId, useState, type FormEvent } from 'react';
import type { Roadmap } from '../content/types';
import { FIRST_STUDY_DAY, LAST_STUDY_DAY } from '../domain/calendar-day';
import { checkWith } from '../domain/schemas/check';
import { MAX_SESSION_NOTE_LENGTH, sessionFieldsSchema, type SessionFields } from '../domain/schemas/session';
import './session-form.css';

/** A save's outcome: committed, or refused with the message of the field it is about. */
export type SessionSaveOutcome = { ok: true } | { ok: false; message: string; field?: string | null };

const QUICK_MINUTES = [15, 30, 45, 60, 90];

interface SessionFormProps {
  roadmap: Roadmap;
  initial: SessionFields;
  submitLabel: string;
  onSave: (input: SessionFields) => Promise<SessionSaveOutcome>;
  onCancel?: () => void;
  /** The form holds something not yet saved from the start (a stopped timer), not only once typed in. */
  isAlwaysUnsaved?: boolean;
}

/** Log a study session in a few taps: day, minutes (quick picks), optional phase and note. */
export function SessionForm({ roadmap, initial, submitLabel, onSave, onCancel, isAlwaysUnsaved = false }: SessionFormProps) {
  const id = useId();
  const [day, setDay] = useState<string>(initial.day);
  const [minutes, setMinutes] = useState(String(initial.minutes));
  const [phaseId, setPhaseId] = useState(initial.phaseId ?? '');
  const [itemId, setItemId] = useState(initial.itemId ?? '');
  const phase = roadmap.phases.find((candidate) => candidate.id === phaseId);
  const items = phase
    ? [
        ...phase.goals.map((goal) => ({ id: goal.id, text: goal.text })),
        ...phase.resources.map((resource) => ({ id: resource.id, text: resource.title })),
        { id: phase.milestone.id, text: `Milestone: ${phase.milestone.text}` },
      ]
    : [];
  const [note, setNote] = useState(initial.note);
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [isSaving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: SessionFields = {
      day,
      minutes: minutes.trim() === '' ? Number.NaN : Number(minutes),
      phaseId: phaseId || null,
      itemId: phase && items.some((item) => item.id === itemId) ? itemId : null,
      note: note.trim(),
    };
    const checked = checkWith(sessionFieldsSchema, input);
    const problems = checked.ok
      ? []
      : checked.problems.map((problem) =>
          problem.field === 'minutes' && minutes.trim() === '' ? { ...problem, message: 'Enter how many minutes you studied.' } : problem,
        );
    setErrors(problems);
    if (problems[0]) {
      document.getElementById(`${id}-${problems[0].field}`)?.focus();
      return;
    }
    setSaving(true);
    const outcome = await onSave(input);
    setSaving(false);
    if (!outcome.ok) {
      setErrors([{ field: outcome.field ?? '', message: outcome.message }]);
      return;
    }
    if (!onCancel) setNote('');
  };

  // A paste longer than the note holds is refused with its size, not cut.
  const noteError = [...note].length > MAX_SESSION_NOTE_LENGTH ? checkWith(sessionFieldsSchema.entries.note, note) : null;
  const shownErrors =
    noteError && !noteError.ok && !errors.some((error) => error.field === 'note')
      ? [...errors, { field: 'note', message: noteError.problems[0]?.message ?? '' }]
      : errors;

  return (
    <form
      className="session-form"
      data-unsaved={isAlwaysUnsaved || note.trim() !== initial.note.trim() ? 'true' : undefined}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className="session-form__row">
        <div className="field">
          <label htmlFor={`${id}-day`}>Day</label>
          <input
            id={`${id}-day`}
            type="date"
            min={FIRST_STUDY_DAY}
            max={LAST_STUDY_DAY}
            value={day}
            onChange={(event) => setDay(event.target.value)}
            aria-invalid={shownErrors.some((error) => error.field === 'day')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-minutes`}>Minutes</label>
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            min="1"
            max="1440"
            step="1"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            aria-invalid={shownErrors.some((error) => error.field === 'minutes')}
          />
        </div>
      </div>
      <div className="quick" role="group" aria-label="Quick minutes">
        {QUICK_MINUTES.map((value) => (
          <button
            key={value}
            type="button"
            className={String(value) === minutes ? 'chip chip--on' : 'chip'}
            aria-pressed={String(value) === minutes}
            onClick={() => setMinutes(String(value))}
          >
            {value} min
          </button>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-phase`}>Phase (optional)</label>
        <select
          id={`${id}-phase`}
          value={phaseId}
          onChange={(event) => {
            setPhaseId(event.target.value);
            setItemId('');
          }}
        >
          <option value="">No particular phase</option>
          {roadmap.phases.map((option) => (
            <option key={option.id} value={option.id}>
              Phase {option.number}: {option.title}
            </option>
          ))}
        </select>
      </div>
      {phase && (
        <div className="field">
          <label htmlFor={`${id}-item`}>Goal, resource or milestone (optional)</label>
          <select id={`${id}-item`} value={itemId} onChange={(event) => setItemId(event.target.value)}>
            <option value="">The phase in general</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.text.length > 80 ? `${item.text.slice(0, 80)}…` : item.text}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <input
          id={`${id}-note`}
          type="text"
          dir="auto"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={shownErrors.some((error) => error.field === 'note')}
        />
      </div>
      {shownErrors.length > 0 && (
        <div className="field-error" role="alert">
          {shownErrors.map((error) => (
            <p key={`${error.field}:${error.message}`}>{error.message}</p>
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
