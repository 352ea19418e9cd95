import { memo, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ITEM_STATUSES, type ItemStatus } from '../domain/records';
import { STATUS_LABELS } from '../domain/progress';
import { StatusIcon } from './status-icon';
import { NoteEditor, type OtherNoteVersion, type SaveOutcome } from './note-editor';

interface ChecklistItemProps {
  itemId: string;
  text: string;
  status: ItemStatus;
  note: string;
  /** The stored note's clock stamp, or null. */
  noteStamp?: string | null;
  /** Resolves true once the status is committed; false when it could not be saved. Stable across renders. */
  onStatusChange: (itemId: string, status: ItemStatus) => Promise<boolean>;
  onNoteSave: (itemId: string, text: string, baseStamp: string | null) => Promise<SaveOutcome>;
  /** Other versions of the note, and how to settle one. */
  otherNoteVersions?: readonly OtherNoteVersion[];
  onNoteVersionResolve?: (itemId: string, versionKey: string, choice: 'use' | 'keep') => Promise<SaveOutcome>;
  /** Optional extra label shown before the text (e.g. "Milestone"). */
  eyebrow?: string;
  /** Extra controls in the item's action row (hide, edit, reorder). */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * One roadmap item: a real checkbox named by the item's text (done / not done), plus a
 * status menu reaching "in progress" and "skipped", and a plain-text note.
 */
export const ChecklistItem = memo(function ChecklistItem({
  itemId,
  text,
  status,
  note,
  noteStamp = null,
  onStatusChange,
  onNoteSave,
  otherNoteVersions,
  onNoteVersionResolve,
  eyebrow,
  actions,
  children,
}: ChecklistItemProps) {
  const checkboxId = useId();
  const checkboxRef = useRef<HTMLInputElement>(null);
  const { shown, isSaving, change } = usePendingStatus(itemId, status, onStatusChange);

  useEffect(() => {
    if (checkboxRef.current) checkboxRef.current.indeterminate = shown === 'in-progress';
  }, [shown]);

  return (
    <li className={`item item--${shown}`} id={`item-${itemId}`}>
      <div className="item__main">
        <input
          ref={checkboxRef}
          id={checkboxId}
          className="item__checkbox"
          type="checkbox"
          checked={shown === 'done'}
          aria-busy={isSaving}
          onChange={(event) => void change(event.target.checked ? 'done' : 'not-started')}
        />
        <label htmlFor={checkboxId} className="item__label">
          {eyebrow && <span className="item__eyebrow">{eyebrow}: </span>}
          {text}
        </label>
      </div>
      <div className="item__meta">
        <span className={`status status--${shown}`}>
          <StatusIcon status={shown} />
          <select
            className="status__select"
            aria-label={`Status of “${text}”`}
            value={shown}
            onChange={(event) => void change(event.target.value as ItemStatus)}
          >
            {ITEM_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </span>
        <NoteEditor
          itemText={text}
          note={note}
          noteStamp={noteStamp}
          onSave={(value, baseStamp) => onNoteSave(itemId, value, baseStamp)}
          otherVersions={otherNoteVersions}
          onResolve={onNoteVersionResolve ? (key, choice) => onNoteVersionResolve(itemId, key, choice) : undefined}
        />
        {actions}
      </div>
      {children}
    </li>
  );
});

/**
 * Shows a change at once and keeps showing it until the saved value arrives from the database,
 * so a tick never flickers back; a failed save drops it. `isSaving` is true until the commit.
 */
export function usePendingStatus(
  itemId: string,
  status: ItemStatus,
  onStatusChange: (itemId: string, status: ItemStatus) => Promise<boolean>,
) {
  const [pending, setPending] = useState<ItemStatus | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [seenStatus, setSeenStatus] = useState(status);
  if (status !== seenStatus) {
    // A new stored value arrived (ours, or another tab's): it is the truth from now on.
    setSeenStatus(status);
    if (!isSaving) setPending(null);
  }
  const change = async (next: ItemStatus) => {
    setPending(next);
    setSaving(true);
    const isSaved = await onStatusChange(itemId, next);
    setSaving(false);
    if (!isSaved) setPending(null);
  };
  // Saved as soon as the stored status shows the change: the command puts it there as it commits
  // (showCommittedProgress), in the same render, before the save's own promise has settled.
  return { shown: pending ?? status, isSaving: isSaving && status !== pending, change };
}
