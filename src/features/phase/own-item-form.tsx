import { useId, useState, type FormEvent } from 'react';
import { validateCustomItem } from '../../domain/validation';
import type { CustomItemInput } from '../../db/custom-items-repo';

interface OwnItemFormProps {
  phaseId: string;
  kind: 'goal' | 'resource';
  initial?: { id: string; text: string; url: string | null };
  onSave: (input: CustomItemInput) => Promise<boolean>;
  onDone?: () => void;
}

/** Adds or edits an own goal (text) or resource (title and http/https address). */
export function OwnItemForm({ phaseId, kind, initial, onSave, onDone }: OwnItemFormProps) {
  const id = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [error, setError] = useState<string | null>(null);
  const isEdit = initial !== undefined;
  const noun = kind === 'goal' ? 'goal' : 'resource';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: CustomItemInput = { ...(initial ? { id: initial.id } : {}), phaseId, kind, text, url: kind === 'resource' ? url : null };
    const problem = validateCustomItem(input);
    setError(problem);
    if (problem) return;
    if (await onSave(input)) {
      if (!isEdit) {
        setText('');
        setUrl('');
      }
      onDone?.();
    }
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
      <input id={`${id}-text`} type="text" value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
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
          />
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
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
