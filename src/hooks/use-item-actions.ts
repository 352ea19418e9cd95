import { useMemo } from 'react';
import type { ItemStatus } from '../domain/records';
import { runUiCommand } from './use-command';

/** Write actions for a roadmap's items; each resolves true only when the change was committed. */
export function useItemActions(roadmapId: string) {
  return useMemo(
    () => ({
      setStatus: async (itemId: string, status: ItemStatus) => (await runUiCommand('progress.setStatus', { roadmapId, itemId, status })).ok,
      /** `baseHlc`: the stamp of the note the editor opened with, so a save made meanwhile elsewhere is kept. */
      saveNote: (itemId: string, text: string, baseHlc: string | null = null) =>
        runUiCommand(
          'note.save',
          { roadmapId, itemId, text, baseHlc },
          { success: text.trim() ? 'Note saved' : 'Note removed', isQuiet: true },
        ),
      resolveNoteVersion: (itemId: string, versionKey: string, choice: 'use' | 'keep') =>
        runUiCommand(
          'note.resolveVersion',
          { roadmapId, itemId, versionKey, choice },
          { success: choice === 'use' ? 'Note restored from the other version' : 'Kept the note as it is', isQuiet: true },
        ),
      saveEvidence: (itemId: string, url: string) =>
        runUiCommand(
          'evidence.save',
          { roadmapId, itemId, url },
          { success: url.trim() ? 'Evidence link saved' : 'Evidence link removed', isQuiet: true },
        ),
    }),
    [roadmapId],
  );
}
