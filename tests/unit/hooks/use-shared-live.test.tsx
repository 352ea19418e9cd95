import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readShared, resetSharedLive, subscribeShared, type SharedLiveSource } from '../../../src/db/shared-live';
import { useSharedLive, useSharedLiveAll } from '../../../src/hooks/use-shared-live';

afterEach(() => resetSharedLive());

const source = (key: string, value: string): SharedLiveSource<string> => ({ key, read: () => Promise.resolve(value) });

describe('shared live reads while the prerendered HTML is hydrated', () => {
  // The first view's reads start before hydration; one that has answered by then must not make
  // the hydrating render differ from the HTML the build rendered with nothing read.
  it('render nothing read on the server pass, even when the read has already answered', async () => {
    const one = source('hydration:one', 'stored');
    const list = [one, source('hydration:two', 'also stored')];
    const stops = list.map((s) => subscribeShared(s, () => {}));
    await vi.waitFor(() => expect(readShared(one.key)).toBe('stored'));
    function Probe() {
      const value = useSharedLive(one);
      const values = useSharedLiveAll(list);
      return <p>{`${value ?? 'nothing read'} / ${values.map((v) => v ?? 'nothing read').join(', ')}`}</p>;
    }
    expect(renderToString(<Probe />)).toBe('<p>nothing read / nothing read, nothing read</p>');
    for (const stop of stops) stop();
  });
});
