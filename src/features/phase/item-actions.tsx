import { useState } from 'react';
import type { CustomItemInput } from '../../db/custom-items-repo';
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
  onSave: (input: CustomItemInput) => Promise<boolean>;
  onRemove: () => Promise<boolean>;
  onMove: (direction: -1 | 1) => Promise<boolean>;
  onHide: () => Promise<boolean>;
}

/** Hide for built-in items; edit, reorder and delete for the user's own. */
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
  const name = `“${text.length > 50 ? `${text.slice(0, 50)}…` : text}”`;
  if (!isOwn) {
    return (
      <button type="button" className="link-button" aria-label={`Hide ${name}`} onClick={() => void onHide()}>
        Hide
      </button>
    );
  }
  if (mode === 'edit') {
    return <OwnItemForm phaseId={phaseId} kind={kind} initial={{ id: itemId, text, url }} onSave={onSave} onDone={() => setMode('idle')} />;
  }
  if (mode === 'confirm') {
    return (
      <span className="own-confirm" role="group" aria-label={`Confirm deleting ${name}`}>
        Delete it? Its tick and note are kept as retired.{' '}
        <button type="button" className="link-button" onClick={() => void onRemove()}>
          Delete
        </button>
        <button type="button" className="link-button" onClick={() => setMode('idle')}>
          Keep
        </button>
      </span>
    );
  }
  return (
    <span className="own-actions">
      <span className="tag">Yours</span>
      <button type="button" className="link-button" aria-label={`Edit ${name}`} onClick={() => setMode('edit')}>
        Edit
      </button>
      <button type="button" className="link-button" aria-label={`Move ${name} up`} disabled={isFirst} onClick={() => void onMove(-1)}>
        Up
      </button>
      <button type="button" className="link-button" aria-label={`Move ${name} down`} disabled={isLast} onClick={() => void onMove(1)}>
        Down
      </button>
      <button type="button" className="link-button" aria-label={`Delete ${name}`} onClick={() => setMode('confirm')}>
        Delete
      </button>
    </span>
  );
}
