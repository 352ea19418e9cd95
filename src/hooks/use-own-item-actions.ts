import { useMemo } from 'react';
import { deleteCustomItem, moveCustomItem, saveCustomItem, setItemHidden, type CustomItemInput } from '../db/custom-items-repo';
import { runWrite } from '../store/run-write';

/** Writes for the user's own items and for hiding built-in ones; each resolves true once committed. */
export function useOwnItemActions(roadmapId: string) {
  return useMemo(
    () => ({
      save: (input: CustomItemInput) =>
        runWrite(() => saveCustomItem(roadmapId, input), input.id ? 'Saved' : input.kind === 'goal' ? 'Goal added' : 'Resource added'),
      remove: (id: string) => runWrite(() => deleteCustomItem(id), 'Deleted'),
      move: (id: string, direction: -1 | 1) => runWrite(() => moveCustomItem(id, direction)),
      setHidden: (itemId: string, isHidden: boolean) =>
        runWrite(() => setItemHidden(roadmapId, itemId, isHidden), isHidden ? 'Hidden. Restore it from the end of the phase.' : 'Restored'),
    }),
    [roadmapId],
  );
}
