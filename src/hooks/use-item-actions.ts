import { useMemo } from 'react';
import { saveEvidence, saveNote, setItemStatus } from '../db/progress-repo';
import { requestPersistentStorage } from '../db/storage-status';
import type { ItemStatus } from '../domain/records';
import { runWrite } from '../store/run-write';

async function runSave(operation: () => Promise<unknown>, successMessage?: string): Promise<boolean> {
  const isSaved = await runWrite(operation, successMessage);
  // Browsers grant persistence most readily once the site has actually stored something.
  if (isSaved) void requestPersistentStorage();
  return isSaved;
}

/** Write actions for a roadmap's items; each resolves true only when the change was committed. */
export function useItemActions(roadmapId: string) {
  return useMemo(
    () => ({
      setStatus: (itemId: string, status: ItemStatus) => runSave(() => setItemStatus(roadmapId, itemId, status)),
      saveNote: (itemId: string, text: string) => runSave(() => saveNote(roadmapId, itemId, text), 'Note saved'),
      saveEvidence: (itemId: string, url: string) =>
        runSave(() => saveEvidence(roadmapId, itemId, url), url.trim() ? 'Evidence link saved' : 'Evidence link removed'),
    }),
    [roadmapId],
  );
}
