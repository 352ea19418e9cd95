import type { HiddenItem } from '../../domain/overlay';

/** Built-in items the user hid in this phase, each with a way back. */
export function HiddenItems({ items, onRestore }: { items: readonly HiddenItem[]; onRestore: (itemId: string) => Promise<boolean> }) {
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="hidden-title">
      <h2 id="hidden-title">Hidden in this phase</h2>
      <p className="muted">Hidden items do not count towards progress. Their ticks and notes are kept.</p>
      <ul className="hidden-items">
        {items.map((item) => (
          <li key={item.id}>
            <span>
              <span className="tag">{item.kind === 'goal' ? 'Goal' : 'Resource'}</span> {item.text}
            </span>
            <button type="button" className="link-button" aria-label={`Restore “${item.text}”`} onClick={() => void onRestore(item.id)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
