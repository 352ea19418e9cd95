import { useId, useState, type FormEvent } from 'react';
import { checkOwnItemFields, type OwnItemFields } from '../../domain/schemas/own-item';
import type { SaveOutcome } from '../../components/note-editor';

interface OwnItemFormProps {
  phaseId: string;
  kind: 'goal' | 'resource';
  initial?: { id: string; text: string; url: string | null };
  onSave: (input: OwnItemFields) => Promise<SaveOutcome>;
  onDone?: () => void;
  /** A gentle "you already have …" sentence for what is typed, or null; it never blocks saving. */
  findDuplicate?: (text: string, url: string) => string | null;
}

/** Adds or edits an own goal (text) or resource (title and http/https address). */
export function OwnItemForm({ phaseId, kind, initial, onSave, onDone, findDuplicate }: OwnItemFormProps) {
  const id = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [error, setError] = useState<{ field: 'text' | 'url'; message: string } | null>(null);
  const isEdit = initial !== undefined;
  const noun = kind === 'goal' ? 'goal' : 'resource';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: OwnItemFields = { ...(initial ? { id: initial.id } : {}), phaseId, kind, text, url: kind === 'resource' ? url : null };
    const problem = checkOwnItemFields(input);
    setError(problem);
    if (problem) {
      document.getElementById(`${id}-${problem.field}`)?.focus();
      return;
    }
    const outcome = await onSave(input);
    if (!outcome.ok) {
      setError({ field: 'text', message: outcome.message });
      return;
    }
    if (!isEdit) {
      setText('');
      setUrl('');
      document.getElementById(`${id}-text`)?.focus();
    }
    onDone?.();
  };

  // Say at once when a paste is longer than the field holds, instead of cutting it.
  const changeText = (value: string) => {
    setText(value);
    const problem = value.trim() === '' ? null : checkOwnItemFields({ kind: 'goal', text: value, url: null });
    setError(
      problem ? { field: 'text', message: kind === 'goal' ? problem.message : problem.message.replace('goal', 'resource title') } : null,
    );
  };

  return (
    <form
      className="own-form"
      data-unsaved={
        text.trim() !== (initial?.text ?? '').trim() || (kind === 'resource' && url.trim() !== (initial?.url ?? '').trim())
          ? 'true'
          : undefined
      }
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={isEdit ? `Edit your ${noun}` : `Add your own ${noun}`}
    >
      <label htmlFor={`${id}-text`}>
        {kind === 'goal' ? (isEdit ? 'Goal' : 'Your own goal') : isEdit ? 'Title' : 'Your own resource: title'}
      </label>
      <input
        id={`${id}-text`}
        type="text"
        dir="auto"
        value={text}
        onChange={(event) => changeText(event.target.value)}
        aria-invalid={error?.field === 'text'}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {kind === 'resource' && (
        <>
          <label htmlFor={`${id}-url`}>Address</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            placeholder="https://…"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            aria-invalid={error?.field === 'url'}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <p className="own-form__hint muted" role="status">
        {!error && (text.trim() !== '' || url.trim() !== '') ? (findDuplicate?.(text, url) ?? '') : ''}
      </p>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {isEdit ? 'Save' : kind === 'goal' ? 'Add goal' : 'Add resource'}
        </button>
        {onDone && isEdit && (
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
