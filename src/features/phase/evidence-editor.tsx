import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { parseHttpUrl, validateEvidenceUrl } from '../../domain/validation';
import type { SaveOutcome } from '../../components/note-editor';

interface EvidenceEditorProps {
  milestoneText: string;
  url: string;
  onSave: (url: string) => Promise<SaveOutcome>;
}

/**
 * The milestone's evidence link (e.g. a portfolio repository). Only http(s) becomes a link.
 * Escape cancels; after saving or removing, focus returns to the link's button.
 */
export function EvidenceEditor({ milestoneText, url, onSave }: EvidenceEditorProps) {
  const [draft, setDraft] = useState(url);
  const [isEditing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const focusDue = useRef<'field' | 'toggle' | null>(null);
  const safeUrl = parseHttpUrl(url);
  const shortText = `${milestoneText.slice(0, 60)}${milestoneText.length > 60 ? '…' : ''}`;

  useEffect(() => {
    if (focusDue.current === 'field') fieldRef.current?.focus();
    else if (focusDue.current === 'toggle') toggleRef.current?.focus();
    focusDue.current = null;
  });

  const close = () => {
    focusDue.current = 'toggle';
    setEditing(false);
    setError(null);
  };

  const save = async (value: string) => {
    const problem = value.trim() === '' ? null : validateEvidenceUrl(value);
    if (problem) {
      setError(problem);
      fieldRef.current?.focus();
      return;
    }
    const outcome = await onSave(value);
    if (outcome.ok) close();
    else setError(outcome.message);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
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
          ref={toggleRef}
          type="button"
          className="link-button"
          onClick={() => {
            setDraft(url);
            focusDue.current = 'field';
            setEditing(true);
          }}
          // The visible words start the name (WCAG 2.5.3); the milestone follows for context.
          aria-label={`${url ? 'Change link' : 'Add link'} (evidence for “${shortText}”)`}
        >
          {url ? 'Change link' : 'Add link'}
        </button>
        {url && (
          <button
            type="button"
            className="link-button"
            onClick={() => void save('')}
            aria-label={`Remove link (evidence for “${shortText}”)`}
          >
            Remove link
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
    // Escape pressed in the field or the buttons closes the editor.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      data-unsaved={draft.trim() !== url.trim() ? 'true' : undefined}
      className="evidence evidence--editing"
      onSubmit={(event) => {
        event.preventDefault();
        void save(draft);
      }}
      onKeyDown={onKeyDown}
      noValidate
    >
      <label htmlFor={fieldId}>Evidence link for “{shortText}”</label>
      <input
        ref={fieldRef}
        id={fieldId}
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder="https://github.com/you/project"
        value={draft}
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
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
