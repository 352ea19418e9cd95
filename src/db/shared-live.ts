/**
 * Live reads shared by every component that needs the same data: one Dexie live query per key
 * (say "progress of roadmap X"), however many components show it. Each query reads one table, so
 * a write re-runs only the queries over the table it touched: a tick re-reads the progress of one
 * roadmap, once, instead of every component re-reading progress, notes, evidence, cards and
 * overlays in queries of their own.
 *
 * A key's query starts with its first subscriber and stops a moment after its last one leaves (a
 * change of view does not throw the data away and read it again). `keep` lets a new result reuse
 * parts of the previous one that did not change, so memoised components skip their render.
 */
import { liveQuery, type Subscription } from 'dexie';

/** How long a query outlives its last subscriber, so views that come and go reuse it. */
const LINGER_MS = 5_000;

interface Entry<T> {
  hasValue: boolean;
  value: T | undefined;
  error: { reason: unknown } | null;
  listeners: Set<() => void>;
  subscription: Subscription | null;
  lingering: ReturnType<typeof setTimeout> | undefined;
}

export interface SharedLiveSource<T> {
  /** One key per query: equal keys share one live query, so the key must say everything it reads. */
  key: string;
  /** Dexie reads only (a live query's rule). Resolve to null, not undefined, for "nothing stored": undefined means "still loading". */
  read: () => Promise<T>;
  /** Builds the value to keep from the previous one and the new read (default: the new read). */
  keep?: (previous: T | undefined, next: T) => T;
}

const entries = new Map<string, Entry<unknown>>();

function entryOf<T>(source: SharedLiveSource<T>): Entry<T> {
  let entry = entries.get(source.key) as Entry<T> | undefined;
  if (!entry) {
    entry = { hasValue: false, value: undefined, error: null, listeners: new Set(), subscription: null, lingering: undefined };
    entries.set(source.key, entry as Entry<unknown>);
  }
  return entry;
}

function start<T>(source: SharedLiveSource<T>, entry: Entry<T>): void {
  const notify = () => {
    for (const listener of entry.listeners) listener();
  };
  entry.subscription = liveQuery(source.read).subscribe({
    next: (value) => {
      const kept = source.keep ? source.keep(entry.value, value) : value;
      if (entry.hasValue && kept === entry.value && entry.error === null) return;
      entry.hasValue = true;
      entry.value = kept;
      entry.error = null;
      notify();
    },
    error: (reason: unknown) => {
      entry.error = { reason };
      notify();
    },
  });
}

/** Subscribes to a shared live read; returns the function that ends the subscription. */
export function subscribeShared<T>(source: SharedLiveSource<T>, listener: () => void): () => void {
  const entry = entryOf(source);
  clearTimeout(entry.lingering);
  entry.lingering = undefined;
  entry.listeners.add(listener);
  if (!entry.subscription) start(source, entry);
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size > 0) return;
    clearTimeout(entry.lingering);
    entry.lingering = setTimeout(() => {
      if (entry.listeners.size > 0) return;
      entry.subscription?.unsubscribe();
      entries.delete(source.key);
    }, LINGER_MS);
  };
}

/**
 * Puts a just-committed change into a shared read's value at once, before its live query has read
 * it back: the views show the saved state in the same frame the write commits, and when the
 * re-read arrives `keep` finds nothing new, so nothing renders twice. Does nothing for a read
 * that is not running or has no value yet (its first read will see the change). `update` returns
 * the value it was given when there is nothing to change.
 */
export function updateShared<T>(key: string, update: (value: T) => T): void {
  const entry = entries.get(key) as Entry<T> | undefined;
  if (!entry?.hasValue || entry.error !== null) return;
  const next = update(entry.value as T);
  if (next === entry.value) return;
  entry.value = next;
  for (const listener of entry.listeners) listener();
}

/** The latest value of a shared live read (undefined until its first read); throws what the read threw. */
export function readShared<T>(key: string): T | undefined {
  const entry = entries.get(key) as Entry<T> | undefined;
  if (entry?.error) throw entry.error.reason;
  return entry?.value;
}

/** Makes a function that returns one source object per id, the same object every time. */
export function sourcesById<T>(make: (id: string) => SharedLiveSource<T>): (id: string) => SharedLiveSource<T> {
  const made = new Map<string, SharedLiveSource<T>>();
  return (id) => {
    let source = made.get(id);
    if (!source) {
      source = make(id);
      made.set(id, source);
    }
    return source;
  };
}

/** Ends every shared query at once (tests; a closed database). */
export function resetSharedLive(): void {
  for (const entry of entries.values()) {
    clearTimeout(entry.lingering);
    entry.subscription?.unsubscribe();
  }
  entries.clear();
}
