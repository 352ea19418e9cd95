import type { RoadmapState } from '../../db/progress-repo';
import { STATUS_LABELS } from '../../domain/progress';

/** Progress on items a content update removed: never deleted, shown here as retired. */
export function RetiredItems({ itemIds, state }: { itemIds: readonly string[]; state: RoadmapState }) {
  if (itemIds.length === 0) return null;
  return (
    <section className="card" aria-labelledby="retired-title">
      <h2 id="retired-title">Retired items</h2>
      <p className="muted">
        These items are no longer in the roadmap (they were removed or renamed in an update, or you deleted your own item). Their progress
        and notes are kept, and they no longer count towards your totals.
      </p>
      <ul>
        {itemIds.map((id) => (
          <li key={id}>
            <code>{id}</code>: {STATUS_LABELS[state.progress.get(id)?.status ?? 'not-started']}
            {state.notes.get(id) && <p className="note__text">{state.notes.get(id)?.text}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
