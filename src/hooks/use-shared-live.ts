/** React's side of the shared live reads (src/db/shared-live.ts). */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { readShared, subscribeShared, type SharedLiveSource } from '../db/shared-live';

/**
 * The value of a shared live read, re-rendering when it changes; undefined while the first read
 * runs. Pass the same source object on every render (sourcesById makes them once per id). Errors of the read are thrown while rendering, as useLiveQuery does.
 */
export function useSharedLive<T>(source: SharedLiveSource<T>): T | undefined {
  const subscribe = useCallback((listener: () => void) => subscribeShared(source, listener), [source]);
  const get = useCallback(() => readShared<T>(source.key), [source]);
  return useSyncExternalStore(subscribe, get, readNothing);
}

/**
 * What the build's prerender saw: nothing read yet. Used while hydrating, so a read that has
 * already answered (they start before hydration, src/app/first-view.tsx) cannot make the client
 * render differ from the HTML; React renders again with the value right after.
 */
const readNothing = (): undefined => undefined;

/**
 * The values of several shared live reads at once (the same list of sources on every render, such
 * as a constant list): re-renders when any of them changes; each is undefined until its first read.
 */
export function useSharedLiveAll<T>(list: readonly SharedLiveSource<T>[]): readonly (T | undefined)[] {
  const last = useRef<readonly (T | undefined)[]>([]);
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = list.map((source) => subscribeShared(source, listener));
      return () => {
        for (const stop of stops) stop();
      };
    },
    [list],
  );
  const get = useCallback(() => {
    const values = list.map((source) => readShared<T>(source.key));
    const previous = last.current;
    if (values.length === previous.length && values.every((value, index) => value === previous[index])) return previous;
    last.current = values;
    return values;
  }, [list]);
  const nothingRead = useMemo(() => list.map(readNothing), [list]);
  return useSyncExternalStore(subscribe, get, () => nothingRead);
}
