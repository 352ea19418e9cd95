import { useMemo } from 'react';
import type { OwnItemFields } from '../domain/schemas/own-item';
import { runUiCommand } from './use-command';

/** Writes for the person's own items and for hiding built-in ones; each resolves once committed or refused. */
export function useOwnItemActions(roadmapId: string) {
  return useMemo(
    () => ({
      save: (item: OwnItemFields) =>
        runUiCommand(
          'ownItem.save',
          { roadmapId, item },
          { success: item.id ? 'Saved' : item.kind === 'goal' ? 'Goal added' : 'Resource added', isQuiet: true },
        ),
      remove: async (id: string) => (await runUiCommand('ownItem.delete', { id }, { success: 'Deleted' })).ok,
      move: async (id: string, direction: -1 | 1) => (await runUiCommand('ownItem.move', { id, direction })).ok,
      setHidden: async (itemId: string, isHidden: boolean) =>
        (
          await runUiCommand(
            'overlay.setHidden',
            { roadmapId, itemId, isHidden },
            { success: isHidden ? 'Hidden. Restore it from the end of the phase.' : 'Restored' },
          )
        ).ok,
    }),
    [roadmapId],
  );
}
