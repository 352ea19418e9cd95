/**
 * Structural sharing for re-read records: a fresh read of a table gives new objects for every
 * record, even the ones that did not change. These helpers hand back the previous objects (and the
 * previous map, when nothing changed at all) wherever the clock stamp is the same, so a tick that
 * changed one record re-renders one checklist row, not all of them.
 */

interface Stamped {
  hlc: string;
}

/** The next map, reusing the previous records whose stamp is unchanged; the previous map itself when nothing changed. */
export function keepUnchangedRecords<K, R extends Stamped>(previous: ReadonlyMap<K, R> | undefined, next: Map<K, R>): Map<K, R> {
  if (!previous) return next;
  let isSame = previous.size === next.size;
  for (const [key, record] of next) {
    const before = previous.get(key);
    if (before !== undefined && before.hlc === record.hlc) next.set(key, before);
    else isSame = false;
  }
  return isSame ? (previous as Map<K, R>) : next;
}

const sameStamps = (a: readonly Stamped[], b: readonly Stamped[]): boolean =>
  a.length === b.length && a.every((record, index) => record.hlc === b[index]?.hlc);

/** The same for a map of record lists (the other versions of each note): a list is kept when all its stamps are. */
export function keepUnchangedLists<K, R extends Stamped>(
  previous: ReadonlyMap<K, readonly R[]> | undefined,
  next: Map<K, R[]>,
): Map<K, R[]> {
  if (!previous) return next;
  let isSame = previous.size === next.size;
  for (const [key, list] of next) {
    const before = previous.get(key);
    if (before !== undefined && sameStamps(before, list)) next.set(key, before as R[]);
    else isSame = false;
  }
  return isSame ? (previous as Map<K, R[]>) : next;
}

/** The next list, or the previous one when it holds the same records (same stamps, same order). */
export function keepUnchangedList<R extends Stamped>(previous: readonly R[] | undefined, next: R[]): R[] {
  return previous !== undefined && sameStamps(previous, next) ? (previous as R[]) : next;
}
