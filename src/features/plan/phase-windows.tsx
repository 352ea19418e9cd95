import { useId, useState } from 'react';
import type { Roadmap } from '../../content/types';
import type { PhaseDoneCounts, PhaseWindow } from '../../domain/plan';
import { formatDay, formatDays } from '../../domain/plan-overview';

interface PhaseWindowsProps {
  roadmap: Roadmap;
  schedule: PhaseWindow[];
  counts: PhaseDoneCounts[];
  currentPhaseId: string | null;
  overrides: Record<string, number>;
  onOverride: (phaseId: string, days: number | null) => Promise<boolean>;
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
              {formatDay(window.start)} – {formatDay(window.end)} · {formatDays(window.days)}
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
  onSave: (days: number | null) => Promise<boolean>;
}

function LengthEditor({ phaseTitle, days, defaultDays, isOverridden, onSave }: LengthEditorProps) {
  const id = useId();
  const [isEditing, setEditing] = useState(false);
  const [draft, setDraft] = useState(String(days));
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const value = Number(draft);
    if (!Number.isInteger(value) || value < 1 || value > 3650) {
      setError('Enter a whole number of days from 1 to 3650.');
      return;
    }
    if (await onSave(value)) {
      setEditing(false);
      setError(null);
    }
  };

  if (!isEditing) {
    return (
      <p className="windows__actions">
        <button
          type="button"
          className="link-button"
          aria-label={`Change length of ${phaseTitle}`}
          onClick={() => {
            setDraft(String(days));
            setEditing(true);
          }}
        >
          Change length
        </button>
        {isOverridden && (
          <button type="button" className="link-button" aria-label={`Reset length of ${phaseTitle}`} onClick={() => void onSave(null)}>
            Reset to {formatDays(defaultDays)}
          </button>
        )}
      </p>
    );
  }
  return (
    <div className="windows__edit">
      <label htmlFor={id}>Length of “{phaseTitle}” in days</label>
      <input id={id} type="number" inputMode="numeric" min="1" step="1" value={draft} onChange={(event) => setDraft(event.target.value)} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void save()}>
          Save length
        </button>
        <button type="button" className="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
