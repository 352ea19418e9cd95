import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { validateNoteText } from '../domain/validation';

/** What a save reports: committed, or refused with a message for the person. */
export type SaveOutcome = { ok: true } | { ok: false; message: string };

interface NoteEditorProps {
  itemText: string;
  note: string;
  /** The stored note's clock stamp (null when there is none), so a save can tell what it replaces. */
  noteStamp?: string | null;
  /** `baseStamp`: the stamp of the note as it was when the editor opened. */
  onSave: (text: string, baseStamp: string | null) => Promise<SaveOutcome>;
}

/**
 * A note shown as plain text (never HTML), edited in place. Text over the limit is refused with the
 * sizes, never cut (a paste that does not fit must not be saved half). Escape cancels; after saving
 * or cancelling, focus returns to the note's button.
 */
export function NoteEditor({ itemText, note, noteStamp = null, onSave }: NoteEditorProps) {
  const [isEditing, setEditing] = useState(false);
  const [baseStamp, setBaseStamp] = useState<string | null>(noteStamp);
  const [draft, setDraft] = useState(note);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const fieldId = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const focusDue = useRef<'field' | 'toggle' | null>(null);

  useEffect(() => {
    if (focusDue.current === 'field') fieldRef.current?.focus();
    if (focusDue.current === 'toggle') toggleRef.current?.focus();
    focusDue.current = null;
  }, [isEditing]);

  const open = () => {
    setDraft(note);
    setBaseStamp(noteStamp);
    setError(null);
    focusDue.current = 'field';
    setEditing(true);
  };

  const close = () => {
    focusDue.current = 'toggle';
    setEditing(false);
  };

  const change = (value: string) => {
    setDraft(value);
    // Say at once when a paste is too long, rather than on Save.
    setError(validateNoteText(value));
  };

  const save = async () => {
    const problem = validateNoteText(draft);
    if (problem) {
      setError(problem);
      fieldRef.current?.focus();
      return;
    }
    setSaving(true);
    const outcome = await onSave(draft, baseStamp);
    setSaving(false);
    if (outcome.ok) close();
    else setError(`The note was not saved: ${outcome.message} Your text is still here.`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !isSaving) {
      event.preventDefault();
      close();
    }
  };

  if (!isEditing) {
    return (
      <div className="note">
        {note && (
          <p className="note__text" dir="auto">
            {note}
          </p>
        )}
        <button
          ref={toggleRef}
          type="button"
          className="link-button"
          onClick={open}
          aria-label={`${note ? 'Edit note' : 'Add note'} on “${itemText}”`}
        >
          {note ? 'Edit note' : 'Add note'}
        </button>
      </div>
    );
  }

  return (
    <div className="note note--editing" data-unsaved={draft !== note ? 'true' : undefined} onKeyDown={onKeyDown}>
      <label htmlFor={fieldId} className="note__label">
        Note on “{itemText}”
      </label>
      <textarea
        ref={fieldRef}
        id={fieldId}
        className="note__field"
        dir="auto"
        value={draft}
        rows={3}
        onChange={(event) => change(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error ? `${fieldId}-error` : undefined}
      />
      {error && (
        <p id={`${fieldId}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {noteStamp !== baseStamp && (
        <p className="note__changed" role="status">
          This note was changed elsewhere (another tab or device) while you were editing
          {note ? ': it now reads “' + (note.length > 80 ? `${note.slice(0, 80)}…` : note) + '”' : ''}. Saving keeps both: your text becomes
          the note and the other is kept as an earlier version you can restore.
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void save()} disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save note'}
        </button>
        <button type="button" className="button" onClick={close} disabled={isSaving}>
          Cancel
        </button>
      </div>
    </div>
  );
}
