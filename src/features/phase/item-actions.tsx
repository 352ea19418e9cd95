import { useRef, useState } from 'react';
import type { OwnItemFields } from '../../domain/schemas/own-item';
import type { SaveOutcome } from '../../components/note-editor';
import { ConfirmGroup } from '../../components/confirm-group';
import { focusSoon, listFocusable } from '../../components/focus';
import { OwnItemForm } from './own-item-form';

interface ItemActionsProps {
  itemId: string;
  phaseId: string;
  kind: 'goal' | 'resource';
  text: string;
  url: string | null;
  isOwn: boolean;
  isFirst: boolean;
  isLast: boolean;
  onSave: (input: OwnItemFields) => Promise<SaveOutcome>;
  onRemove: () => Promise<boolean>;
  onMove: (direction: -1 | 1) => Promise<boolean>;
  onHide: () => Promise<boolean>;
}

/**
 * The place focus goes when this item leaves the list (hidden or deleted): the next item, else the
 * previous one, else the section's "add your own" control.
 */
function findFocusAfterRemoval(from: HTMLElement | null): () => HTMLElement | null {
  const item = from?.closest('li');
  const neighbour = item?.nextElementSibling ?? item?.previousElementSibling;
  const neighbourId = neighbour instanceof HTMLElement ? neighbour.id : '';
  const section = item?.closest('section');
  return () => {
    const next = neighbourId ? document.getElementById(neighbourId) : null;
    const target = next ? listFocusable(next)[0] : null;
    return target ?? section?.querySelector<HTMLElement>('summary, h2') ?? null;
  };
}

/** Hide for built-in items; edit, reorder and delete for the person's own. */
export function ItemActions({
  itemId,
  phaseId,
  kind,
  text,
  url,
  isOwn,
  isFirst,
  isLast,
  onSave,
  onRemove,
  onMove,
  onHide,
}: ItemActionsProps) {
  const [mode, setMode] = useState<'idle' | 'edit' | 'confirm'>('idle');
  const rootRef = useRef<HTMLSpanElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const name = `“${text.length > 50 ? `${text.slice(0, 50)}…` : text}”`;

  const leave = async (action: () => Promise<boolean>) => {
    const findTarget = findFocusAfterRemoval(rootRef.current);
    if (await action()) focusSoon(findTarget);
  };

  const backTo = (ref: { current: HTMLElement | null }) => {
    setMode('idle');
    focusSoon(() => ref.current);
  };

  if (!isOwn) {
    return (
      <span ref={rootRef}>
        <button type="button" className="link-button" aria-label={`Hide ${name}`} onClick={() => void leave(onHide)}>
          Hide
        </button>
      </span>
    );
  }
  if (mode === 'edit') {
    return (
      <span ref={rootRef} className="own-edit">
        <OwnItemForm phaseId={phaseId} kind={kind} initial={{ id: itemId, text, url }} onSave={onSave} onDone={() => backTo(editRef)} />
      </span>
    );
  }
  if (mode === 'confirm') {
    return (
      <span ref={rootRef} className="own-confirm-wrap">
        <ConfirmGroup
          title={`Delete ${name}?`}
          level={3}
          confirmLabel="Delete"
          cancelLabel="Keep"
          isDanger
          onConfirm={() => void leave(onRemove)}
          onCancel={() => backTo(deleteRef)}
        >
          <p>Its tick and note are kept and show as retired.</p>
        </ConfirmGroup>
      </span>
    );
  }
  return (
    <span ref={rootRef} className="own-actions">
      <span className="tag">Yours</span>
      <button ref={editRef} type="button" className="link-button" aria-label={`Edit ${name}`} onClick={() => setMode('edit')}>
        Edit
      </button>
      <button type="button" className="link-button" aria-label={`Move ${name} up`} disabled={isFirst} onClick={() => void onMove(-1)}>
        Up
      </button>
      <button type="button" className="link-button" aria-label={`Move ${name} down`} disabled={isLast} onClick={() => void onMove(1)}>
        Down
      </button>
      <button ref={deleteRef} type="button" className="link-button" aria-label={`Delete ${name}`} onClick={() => setMode('confirm')}>
        Delete
      </button>
    </span>
  );
}
