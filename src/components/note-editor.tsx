import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { focusSoon } from './focus';
import { formatInstant } from '../domain/calendar-day';
import type { NoteVersionRecord } from '../domain/records';
import { noteTextProblem } from '../domain/schemas/limits';

/** What a save reports: committed, or refused with a message for the person. */
export type SaveOutcome = { ok: true } | { ok: false; message: string };

/** Another version of the note, kept because it was edited in two places. */
export interface OtherNoteVersion {
  key: string;
  text: string;
  /** When it was saved (epoch ms). */
  savedAt: number;
  /** It was a deletion of the note. */
  isDeletion: boolean;
}

interface NoteEditorProps {
  itemText: string;
  note: string;
  /** The stored note's clock stamp (null when there is none), so a save can tell what it replaces. */
  noteStamp?: string | null;
  /** `baseStamp`: the stamp of the note as it was when the editor opened. */
  onSave: (text: string, baseStamp: string | null) => Promise<SaveOutcome>;
  otherVersions?: readonly OtherNoteVersion[];
  /** Settles an other version: take its text as the note ('use'), or keep the note as it is ('keep'). */
  onResolve?: (versionKey: string, choice: 'use' | 'keep') => Promise<SaveOutcome>;
}

const NO_VERSIONS: readonly OtherNoteVersion[] = [];

/** The stored other versions of a note as the editor shows them. */
export function toOtherNoteVersions(records: readonly NoteVersionRecord[] | undefined): readonly OtherNoteVersion[] {
  if (!records || records.length === 0) return NO_VERSIONS;
  return records.map((record) => ({
    key: record.key,
    text: record.text,
    savedAt: record.updatedAt,
    isDeletion: record.deletedAt !== null,
  }));
}

/**
 * A note shown as plain text (never HTML), edited in place. Text over the limit is refused with the
 * sizes, never cut (a paste that does not fit must not be saved half). Escape cancels; after saving
 * or cancelling, focus returns to the note's button.
 */
export function NoteEditor({ itemText, note, noteStamp = null, onSave, otherVersions = NO_VERSIONS, onResolve }: NoteEditorProps) {
  const [isEditing, setEditing] = useState(false);
  const [baseStamp, setBaseStamp] = useState<string | null>(noteStamp);
  const [draft, setDraft] = useState(note);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const fieldId = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const open = () => {
    setDraft(note);
    setBaseStamp(noteStamp);
    setError(null);
    setEditing(true);
    focusSoon(() => fieldRef.current);
  };

  const close = () => {
    setEditing(false);
    focusSoon(() => toggleRef.current);
  };

  const change = (value: string) => {
    setDraft(value);
    // Say at once when a paste is too long, rather than on Save.
    setError(noteTextProblem(value));
  };

  const save = async () => {
    const problem = noteTextProblem(draft);
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
        {otherVersions.length > 0 && onResolve && (
          <OtherVersions
            itemText={itemText}
            versions={otherVersions}
            onResolve={onResolve}
            onSettled={() => focusSoon(() => toggleRef.current)}
          />
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
    // Keys pressed in the fields and buttons inside reach here: Escape closes, Tab stays inside.
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions, jsx-a11y/no-noninteractive-element-interactions
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

interface OtherVersionsProps {
  itemText: string;
  versions: readonly OtherNoteVersion[];
  onResolve: (versionKey: string, choice: 'use' | 'keep') => Promise<SaveOutcome>;
  onSettled: () => void;
}

/** The versions of a note written elsewhere at the same time, each one restorable. */
function OtherVersions({ itemText, versions, onResolve, onSettled }: OtherVersionsProps) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const resolve = async (key: string, choice: 'use' | 'keep') => {
    setBusy(true);
    const outcome = await onResolve(key, choice);
    setBusy(false);
    if (outcome.ok) {
      setError(null);
      onSettled();
    } else setError(outcome.message);
  };
  return (
    <section className="note-versions" aria-label={`Other versions of the note on “${itemText}”`}>
      <p className="note-versions__intro">
        {versions.length === 1
          ? 'This note was also changed elsewhere (another tab or device) before the two met. Both are kept:'
          : `This note was also changed in ${versions.length} other places before they met. All are kept:`}
      </p>
      <ul className="note-versions__list">
        {versions.map((version) => (
          <li key={version.key} className="note-versions__item">
            <p className="muted small">Other version, saved {formatInstant(version.savedAt)}</p>
            {version.isDeletion ? (
              <p className="note__text">
                <em>The note was deleted there.</em>
              </p>
            ) : (
              <p className="note__text" dir="auto">
                {version.text}
              </p>
            )}
            <div className="button-row">
              <button type="button" className="button" disabled={isBusy} onClick={() => void resolve(version.key, 'use')}>
                {version.isDeletion ? 'Delete the note' : 'Use this version'}
              </button>
              <button type="button" className="button" disabled={isBusy} onClick={() => void resolve(version.key, 'keep')}>
                Keep the note as it is
              </button>
            </div>
          </li>
        ))}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
