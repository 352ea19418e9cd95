import { useId, useState } from 'react';
import { parseHttpUrl, validateEvidenceUrl } from '../../domain/validation';

interface EvidenceEditorProps {
  milestoneText: string;
  url: string;
  onSave: (url: string) => Promise<boolean>;
}

/** The milestone's evidence link (e.g. a portfolio repository). Only http(s) becomes a link. */
export function EvidenceEditor({ milestoneText, url, onSave }: EvidenceEditorProps) {
  const [draft, setDraft] = useState(url);
  const [isEditing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const safeUrl = parseHttpUrl(url);

  const save = async (value: string) => {
    const problem = value.trim() === '' ? null : validateEvidenceUrl(value);
    if (problem) {
      setError(problem);
      return;
    }
    if (await onSave(value)) {
      setEditing(false);
      setError(null);
    }
  };

  if (!isEditing) {
    return (
      <div className="evidence">
        <span className="evidence__label">Evidence: </span>
        {safeUrl ? (
          <a href={safeUrl.href} target="_blank" rel="noopener noreferrer" className="evidence__link">
            {safeUrl.host + safeUrl.pathname.replace(/\/$/, '')}
          </a>
        ) : (
          <span className="muted">none yet</span>
        )}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setDraft(url);
            setEditing(true);
          }}
          aria-label={`${url ? 'Change' : 'Add'} evidence link for the milestone`}
        >
          {url ? 'Change' : 'Add evidence link'}
        </button>
        {url && (
          <button type="button" className="link-button" onClick={() => void save('')} aria-label="Remove evidence link">
            Remove
          </button>
        )}
      </div>
    );
  }

  return (
    <form
      data-unsaved={draft.trim() !== url.trim() ? 'true' : undefined}
      className="evidence evidence--editing"
      onSubmit={(event) => {
        event.preventDefault();
        void save(draft);
      }}
      noValidate
    >
      <label htmlFor={fieldId}>
        Evidence link for “{milestoneText.slice(0, 60)}
        {milestoneText.length > 60 ? '…' : ''}”
      </label>
      <input
        id={fieldId}
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder="https://github.com/you/project"
        value={draft}
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error ? `${fieldId}-error` : undefined}
      />
      {error && (
        <p id={`${fieldId}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Save link
        </button>
        <button type="button" className="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
