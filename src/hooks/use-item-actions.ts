import { useEffect, useMemo } from 'react';
import { preloadEverydayCommands } from '../db/commands';
import type { ItemStatus } from '../domain/records';
import { runUiCommand } from './use-command';
import { showCommittedProgress } from './use-live-records';

/** Write actions for a roadmap's items; each resolves true only when the change was committed. */
export function useItemActions(roadmapId: string) {
  // A checklist is on screen: fetch what a tick runs once the browser is idle, not while the
  // first view is still being built, or as soon as a finger or a key goes down, whichever is first.
  useEffect(() => {
    const preload = () => void preloadEverydayCommands().catch(() => undefined);
    const cancel = whenIdle(preload);
    const options = { capture: true, once: true, passive: true };
    document.addEventListener('pointerdown', preload, options);
    document.addEventListener('keydown', preload, options);
    return () => {
      cancel();
      document.removeEventListener('pointerdown', preload, options);
      document.removeEventListener('keydown', preload, options);
    };
  }, []);
  return useMemo(
    () => ({
      setStatus: async (itemId: string, status: ItemStatus) => {
        const result = await runUiCommand('progress.setStatus', { roadmapId, itemId, status });
        // On screen as it commits, counts and rings included, before the live query reads it back.
        if (result.ok) showCommittedProgress(result.value);
        return result.ok;
      },
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

/** Runs `task` when the browser is idle (within 2 s); returns the cancel function. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}
