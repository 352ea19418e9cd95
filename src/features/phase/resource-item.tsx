import { useId, type ReactNode } from 'react';
import type { Resource } from '../../content/types';
import type { ItemStatus } from '../../domain/records';
import { parseHttpUrl } from '../../domain/validation';
import { NoteEditor, type OtherNoteVersion, type SaveOutcome } from '../../components/note-editor';
import { usePendingStatus } from '../../components/checklist-item';

const KIND_LABELS: Record<Resource['kind'], string> = {
  book: 'Book',
  course: 'Course',
  docs: 'Docs',
  paper: 'Paper',
  dataset: 'Dataset',
  community: 'Community',
  template: 'Template',
};

function describeCost(isFree: boolean | null): string {
  if (isFree === true) return 'Free';
  if (isFree === false) return 'Paid';
  return 'Cost varies';
}

interface ResourceItemProps {
  resource: Resource;
  status: ItemStatus;
  note: string;
  noteStamp: string | null;
  onStatusChange: (itemId: string, status: ItemStatus) => Promise<boolean>;
  onNoteSave: (itemId: string, text: string, baseStamp: string | null) => Promise<SaveOutcome>;
  otherNoteVersions?: readonly OtherNoteVersion[];
  onNoteVersionResolve?: (itemId: string, versionKey: string, choice: 'use' | 'keep') => Promise<SaveOutcome>;
  actions?: ReactNode;
}

/** A resource: a real link opening in a new tab, a "studied" checkbox and a note. */
export function ResourceItem({
  resource,
  status,
  note,
  noteStamp,
  onStatusChange,
  onNoteSave,
  otherNoteVersions,
  onNoteVersionResolve,
  actions,
}: ResourceItemProps) {
  const checkboxId = useId();
  const { shown, isSaving, change } = usePendingStatus(resource.id, status, onStatusChange);
  const url = parseHttpUrl(resource.url);

  return (
    <li className={`resource${shown === 'done' ? ' resource--studied' : ''}`} id={`item-${resource.id}`}>
      <div className="resource__head">
        {url ? (
          <a className="resource__title" href={url.href} target="_blank" rel="noopener noreferrer">
            {resource.title}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          <span className="resource__title">{resource.title}</span>
        )}
        <span className="tags">
          {!resource.isOwn && <span className="tag">{KIND_LABELS[resource.kind]}</span>}
          {!resource.isOwn && <span className="tag">{describeCost(resource.isFree)}</span>}
        </span>
      </div>
      {resource.note && <p className="resource__note">{resource.note}</p>}
      {resource.extraLinks && resource.extraLinks.length > 0 && (
        <ul className="resource__extra">
          {resource.extraLinks.map((link) => {
            const extra = parseHttpUrl(link.url);
            return extra ? (
              <li key={link.url}>
                <a href={extra.href} target="_blank" rel="noopener noreferrer">
                  {link.label}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            ) : null;
          })}
        </ul>
      )}
      <div className="resource__actions">
        <span className="studied">
          <input
            id={checkboxId}
            type="checkbox"
            className="item__checkbox"
            checked={shown === 'done'}
            aria-busy={isSaving}
            onChange={(event) => void change(event.target.checked ? 'done' : 'not-started')}
            aria-label={`Studied: ${resource.title}`}
          />
          <label htmlFor={checkboxId} aria-hidden="true">
            Studied
          </label>
        </span>
        <NoteEditor
          itemText={resource.title}
          note={note}
          noteStamp={noteStamp}
          onSave={(value, baseStamp) => onNoteSave(resource.id, value, baseStamp)}
          otherVersions={otherNoteVersions}
          onResolve={onNoteVersionResolve ? (key, choice) => onNoteVersionResolve(resource.id, key, choice) : undefined}
        />
        {actions}
      </div>
    </li>
  );
}
