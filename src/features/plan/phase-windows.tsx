import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SaveOutcome } from '../../components/note-editor';
import { focusSoon } from '../../components/focus';
import { PHASE_DAYS_MESSAGE } from '../../domain/schemas/plan';
import type { Roadmap } from '../../content/types';
import type { PhaseDoneCounts, PhaseWindow } from '../../domain/plan';
import { formatDayCount, formatDayMedium } from '../../domain/calendar-day';

interface PhaseWindowsProps {
  roadmap: Roadmap;
  schedule: PhaseWindow[];
  counts: PhaseDoneCounts[];
  currentPhaseId: string | null;
  overrides: Record<string, number>;
  onOverride: (phaseId: string, days: number | null) => Promise<SaveOutcome>;
}

/** Each phase's window on the calendar, with its length editable. */
export function PhaseWindows({ roadmap, schedule, counts, currentPhaseId, overrides, onOverride }: PhaseWindowsProps) {
  return (
    <ol className="windows">
      {roadmap.phases.map((phase, index) => {
        const window = schedule[index];
        const count = counts[index];
        if (!window) return null;
        return (
          <li key={phase.id} className={phase.id === currentPhaseId ? 'windows__item is-current' : 'windows__item'}>
            <div className="windows__head">
              <a href={`/phase/${phase.id}`} className="windows__title">
                Phase {phase.number}: {phase.title}
              </a>
              {phase.id === currentPhaseId && <span className="tag tag--accent">Now</span>}
            </div>
            <p className="windows__dates">
              {formatDayMedium(window.start)} – {formatDayMedium(window.end)} · {formatDayCount(window.days)}
              {count && ` · ${count.done} of ${count.total} done`}
            </p>
            <LengthEditor
              phaseTitle={phase.title}
              days={window.days}
              defaultDays={phase.weeks * 7}
              isOverridden={overrides[phase.id] !== undefined}
              onSave={(days) => onOverride(phase.id, days)}
            />
          </li>
        );
      })}
    </ol>
  );
}

interface LengthEditorProps {
  phaseTitle: string;
  days: number;
  defaultDays: number;
  isOverridden: boolean;
  onSave: (days: number | null) => Promise<SaveOutcome>;
}

function LengthEditor({ phaseTitle, days, defaultDays, isOverridden, onSave }: LengthEditorProps) {
  const id = useId();
  const [isEditing, setEditing] = useState(false);
  const [draft, setDraft] = useState(String(days));
  const [error, setError] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  const close = () => {
    setEditing(false);
    setError(null);
    focusSoon(() => toggleRef.current);
  };

  const save = async (value: number | null) => {
    if (value !== null && !(Number.isInteger(value) && value >= 1 && value <= 3650)) {
      setError(PHASE_DAYS_MESSAGE);
      fieldRef.current?.focus();
      return;
    }
    const outcome = await onSave(value);
    if (outcome.ok) close();
    else setError(outcome.message);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  if (!isEditing) {
    return (
      <div className="windows__actions">
        <button
          ref={toggleRef}
          type="button"
          className="link-button"
          aria-label={`Change length of ${phaseTitle}`}
          onClick={() => {
            setDraft(String(days));
            setEditing(true);
            focusSoon(() => fieldRef.current);
          }}
        >
          Change length
        </button>
        {isOverridden && (
          <button
            type="button"
            className="link-button"
            aria-label={`Reset to ${formatDayCount(defaultDays)}: length of ${phaseTitle}`}
            onClick={() => void save(null)}
          >
            Reset to {formatDayCount(defaultDays)}
          </button>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    // Keys pressed in the fields and buttons inside reach here: Escape closes, Tab stays inside.
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions, jsx-a11y/no-noninteractive-element-interactions
    <div className="windows__edit" onKeyDown={onKeyDown}>
      <label htmlFor={id}>Length of “{phaseTitle}” in days</label>
      <input
        ref={fieldRef}
        id={id}
        type="number"
        inputMode="numeric"
        min="1"
        max="3650"
        step="1"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void save(draft.trim() === '' ? Number.NaN : Number(draft))}
        >
          Save length
        </button>
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
