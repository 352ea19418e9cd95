import { useId, useState } from 'react';
import { NOTE_MAX_LENGTH, validateNoteText } from '../domain/validation';

interface NoteEditorProps {
  itemText: string;
  note: string;
  onSave: (text: string) => Promise<boolean>;
}

/** A note shown as plain text (never HTML), edited in place. */
export function NoteEditor({ itemText, note, onSave }: NoteEditorProps) {
  const [isEditing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const fieldId = useId();

  const open = () => {
    setDraft(note);
    setError(null);
    setEditing(true);
  };

  const save = async () => {
    const problem = validateNoteText(draft);
    if (problem) {
      setError(problem);
      return;
    }
    setSaving(true);
    const isSaved = await onSave(draft);
    setSaving(false);
    if (isSaved) setEditing(false);
    else setError('The note was not saved. Your text is still here; try again.');
  };

  if (!isEditing) {
    return (
      <div className="note">
        {note && <p className="note__text">{note}</p>}
        <button type="button" className="link-button" onClick={open} aria-label={`${note ? 'Edit note' : 'Add note'} on “${itemText}”`}>
          {note ? 'Edit note' : 'Add note'}
        </button>
      </div>
    );
  }

  return (
    <div className="note note--editing" data-unsaved={draft !== note ? 'true' : undefined}>
      <label htmlFor={fieldId} className="note__label">
        Note on “{itemText}”
      </label>
      <textarea
        id={fieldId}
        className="note__field"
        value={draft}
        maxLength={NOTE_MAX_LENGTH}
        rows={3}
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
        <button type="button" className="button button--primary" onClick={() => void save()} disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save note'}
        </button>
        <button type="button" className="button" onClick={() => setEditing(false)} disabled={isSaving}>
          Cancel
        </button>
      </div>
    </div>
  );
}
