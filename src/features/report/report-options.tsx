import { useId } from 'react';
import type { ReportOptions } from '../../domain/progress-report';

interface ReportOptionsFormProps {
  options: ReportOptions;
  onChange: (options: ReportOptions) => void;
}

const CHOICES: { key: keyof ReportOptions; label: string; hint: string }[] = [
  { key: 'includeHeatmap', label: 'Include the study log heatmap', hint: 'Minutes studied per day over the last 26 weeks.' },
  { key: 'includeNotes', label: 'Include my notes', hint: 'Notes stay out unless you tick them in.' },
  { key: 'includeSkipped', label: 'Include skipped items', hint: 'Goals and milestones you chose to skip, marked as skipped.' },
];

/** What goes into the report; the basics are always in, anything personal only when ticked. */
export function ReportOptionsForm({ options, onChange }: ReportOptionsFormProps) {
  const id = useId();
  return (
    <fieldset className="report-options">
      <legend>What goes in the report</legend>
      <p className="muted report-small">
        Always in: progress, every phase with its dates and status, what is done with its evidence links, hours studied.
      </p>
      {CHOICES.map((choice) => (
        <div key={choice.key} className="report-options__choice">
          <input
            id={`${id}-${choice.key}`}
            type="checkbox"
            checked={options[choice.key]}
            aria-describedby={`${id}-${choice.key}-hint`}
            onChange={(event) => onChange({ ...options, [choice.key]: event.target.checked })}
          />
          <div>
            <label htmlFor={`${id}-${choice.key}`}>{choice.label}</label>
            <p id={`${id}-${choice.key}-hint`} className="muted report-small">
              {choice.hint}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
