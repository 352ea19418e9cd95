import { useId, useState, type FormEvent } from 'react';
import type { Roadmap } from '../../content/types';
import { validateSession } from '../../domain/study-stats';
import type { SessionInput } from '../../db/sessions-repo';

const QUICK_MINUTES = [15, 30, 45, 60, 90];

interface SessionFormProps {
  roadmap: Roadmap;
  initial: SessionInput;
  submitLabel: string;
  onSave: (input: SessionInput) => Promise<boolean>;
  onCancel?: () => void;
}

/** Log a study session in a few taps: day, minutes (quick picks), optional phase and note. */
export function SessionForm({ roadmap, initial, submitLabel, onSave, onCancel }: SessionFormProps) {
  const id = useId();
  const [day, setDay] = useState(initial.day);
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
  const [errors, setErrors] = useState<string[]>([]);
  const [isSaving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: SessionInput = {
      day,
      minutes: Number(minutes),
      phaseId: phaseId || null,
      itemId: phase && items.some((item) => item.id === itemId) ? itemId : null,
      note: note.trim(),
    };
    const problems = minutes.trim() === '' ? ['Enter how many minutes you studied.'] : validateSession(input);
    setErrors(problems);
    if (problems.length > 0) return;
    setSaving(true);
    const isSaved = await onSave(input);
    setSaving(false);
    if (isSaved && !onCancel) {
      setNote('');
    }
  };

  return (
    <form
      className="session-form"
      data-unsaved={note.trim() !== initial.note.trim() ? 'true' : undefined}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className="session-form__row">
        <div className="field">
          <label htmlFor={`${id}-day`}>Day</label>
          <input id={`${id}-day`} type="date" value={day} onChange={(event) => setDay(event.target.value)} />
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
        <input id={`${id}-note`} type="text" maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {errors.length > 0 && (
        <div className="field-error" role="alert">
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
