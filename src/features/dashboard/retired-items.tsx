import { useId, useState } from 'react';
import type { RoadmapState } from '../../db/progress-repo';
import { STATUS_LABELS } from '../../domain/progress';
import { formatCount, plural } from '../../domain/format';
import { useOwnItemTitles } from '../../hooks/use-live-records';

/** Rows shown per step: a merged backup can bring hundreds of retired items with long notes. */
const PAGE = 50;
/** Characters of a note shown before "Read the whole note". */
const EXCERPT = 160;

interface RetiredItemsProps {
  roadmapId: string;
  itemIds: readonly string[];
  state: RoadmapState;
}

/**
 * Progress on items a content update removed (or own items deleted): never deleted, counted here
 * and listed on demand, a page at a time, with their titles where the app still knows them.
 */
export function RetiredItems({ roadmapId, itemIds, state }: RetiredItemsProps) {
  const [isOpen, setOpen] = useState(false);
  const listId = useId();
  if (itemIds.length === 0) return null;
  const count = plural(itemIds.length, 'retired item');
  const isOne = itemIds.length === 1;
  return (
    <section className="card retired" aria-labelledby="retired-title">
      <h2 id="retired-title">Retired items</h2>
      <p className="muted">
        {isOne ? 'One item is' : `${plural(itemIds.length, 'item')} are`} no longer in the roadmap (removed or renamed in an update, or an
        own item you deleted). {isOne ? 'Its' : 'Their'} progress and notes are kept, and no longer count towards your totals.
      </p>
      <button type="button" className="button" aria-expanded={isOpen} aria-controls={listId} onClick={() => setOpen(!isOpen)}>
        {isOpen ? `Hide the ${isOne ? 'retired item' : count}` : `Show the ${isOne ? 'retired item' : count}`}
      </button>
      <div id={listId}>{isOpen && <RetiredList roadmapId={roadmapId} itemIds={itemIds} state={state} />}</div>
    </section>
  );
}

function RetiredList({ roadmapId, itemIds, state }: RetiredItemsProps) {
  const [shown, setShown] = useState(PAGE);
  const titles = useOwnItemTitles(roadmapId);
  const rest = itemIds.length - shown;
  return (
    <>
      <ul className="retired__list">
        {itemIds.slice(0, shown).map((id) => (
          <li key={id} className="retired__item">
            {titles?.get(id) ? <span className="retired__title">{titles.get(id)}</span> : <code>{id}</code>}
            {': '}
            {STATUS_LABELS[state.progress.get(id)?.status ?? 'not-started']}
            {state.notes.get(id) && <RetiredNote text={state.notes.get(id)?.text ?? ''} />}
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
          Show {formatCount(Math.min(rest, PAGE))} more ({formatCount(rest)} not shown yet)
        </button>
      )}
    </>
  );
}

function RetiredNote({ text }: { text: string }) {
  const [isWhole, setWhole] = useState(false);
  const isLong = text.length > EXCERPT;
  return (
    <div className="retired__note">
      <p className="note__text" dir="auto">
        {isWhole || !isLong ? text : `${text.slice(0, EXCERPT)}…`}
      </p>
      {isLong && (
        <button type="button" className="link-button" aria-expanded={isWhole} onClick={() => setWhole(!isWhole)}>
          {isWhole ? 'Show less of the note' : `Read the whole note (${plural(text.length, 'character')})`}
        </button>
      )}
    </div>
  );
}
