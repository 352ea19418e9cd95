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
import { Dexie, liveQuery, RangeSet, type IntervalTree, type ObservabilitySet, type Subscription } from 'dexie';
import { db } from './database';

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
  /**
   * Follow changes by key instead of reading everything again: after a write to `table` that
   * touched a few keys starting with `keyPrefix`, only those are read again (`apply` puts what is
   * now stored under them into the value); a write over a range of keys, or over many, reads all.
   * Writes of this tab and of other tabs alike (Dexie's `storagemutated` event carries both).
   */
  changes?: {
    table: string;
    keyPrefix: string;
    /** Resolves to the value with the records now stored under `keys`; the same value when nothing changed. */
    apply: (value: T, keys: readonly string[]) => Promise<T>;
  };
}

/** More changed keys than this at once (an import, a sync) and the whole read runs again. */
const MOST_KEYS_READ_ONE_BY_ONE = 50;

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
  const observer = {
    /** `isKept`: the value already reuses what did not change (a read by key), so `keep` is skipped. */
    next: (value: T, isKept = false) => {
      if (entry.hasValue && value === entry.value && entry.error === null) return;
      const kept = source.keep && !isKept ? source.keep(entry.value, value) : value;
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
  };
  entry.subscription = source.changes ? followByKey(source, entry, observer) : liveQuery(source.read).subscribe(observer);
}

/**
 * The keys a write touched, when it touched single keys only: those starting with `prefix` (none:
 * not this read's business); null when it touched a range or more than a few keys.
 */
export function readChangedKeys(tree: IntervalTree, prefix: string): string[] | null {
  const keys: string[] = [];
  let count = 0;
  for (const node of RangeSet(tree)) {
    count += 1;
    if (count > MOST_KEYS_READ_ONE_BY_ONE || typeof node.from !== 'string' || node.from !== node.to) return null;
    if (node.from.startsWith(prefix)) keys.push(node.from);
  }
  return keys;
}

/** A whole read first, then, after each write that touched the table, the changed keys only (see `changes`). */
function followByKey<T>(
  source: SharedLiveSource<T>,
  entry: Entry<T>,
  observer: { next: (value: T, isKept?: boolean) => void; error: (reason: unknown) => void },
): Subscription {
  const { table, keyPrefix, apply } = source.changes as NonNullable<SharedLiveSource<T>['changes']>;
  const part = `idb://${db.name}/${table}/`;
  let isStopped = false;
  const readAll = async () => ({ value: await source.read(), isKept: false });
  // One read at a time, in the order the writes committed, so a later one always lands last.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (read: () => Promise<{ value: T; isKept: boolean }>) => {
    queue = queue.then(async () => {
      if (isStopped) return;
      try {
        const { value, isKept } = await read();
        if (!isStopped) observer.next(value, isKept);
      } catch (reason) {
        if (!isStopped) observer.error(reason);
      }
    });
  };
  const onMutated = (parts: ObservabilitySet) => {
    const tree = parts[part];
    if (!tree) return;
    const keys = readChangedKeys(tree, keyPrefix);
    if (keys === null) enqueue(readAll);
    else if (keys.length > 0)
      // Without a good value to build on, or when reading the keys fails, everything is read again.
      enqueue(() =>
        entry.hasValue && entry.error === null
          ? apply(entry.value as T, keys).then((value) => ({ value, isKept: true }), readAll)
          : readAll(),
      );
  };
  Dexie.on('storagemutated', onMutated);
  enqueue(readAll);
  return {
    get closed() {
      return isStopped;
    },
    unsubscribe: () => {
      isStopped = true;
      Dexie.on('storagemutated').unsubscribe(onMutated);
    },
  };
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
