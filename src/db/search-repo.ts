import { db } from './database';
import type { CustomItemRecord, NoteRecord, ProgressRecord, UserCardRecord } from '../domain/records';

/** Everything of the user's that search looks through, for one roadmap. */
export interface SearchSourceRecords {
  progress: Map<string, ProgressRecord>;
  /** Live notes by item id (cleared notes are tombstones and left out). */
  notes: Map<string, NoteRecord>;
  /** Live own goals and resources, in stored order. */
  customItems: CustomItemRecord[];
  /** Built-in items the user hid. */
  hiddenItemIds: Set<string>;
  /** Live user cards, by question. */
  userCards: UserCardRecord[];
}

/** Reads what search needs in one consistent snapshot (use inside useLiveQuery). */
export async function readSearchSources(roadmapId: string): Promise<SearchSourceRecords> {
  return db.transaction('r', [db.progress, db.notes, db.customItems, db.itemOverlays, db.userCards], async () => {
    const [progress, notes, customItems, overlays, userCards] = await Promise.all([
      db.progress.where('roadmapId').equals(roadmapId).toArray(),
      db.notes.where('roadmapId').equals(roadmapId).toArray(),
      db.customItems.where('roadmapId').equals(roadmapId).toArray(),
      db.itemOverlays.where('roadmapId').equals(roadmapId).toArray(),
      db.userCards.where('roadmapId').equals(roadmapId).toArray(),
    ]);
    return {
      progress: new Map(progress.map((record) => [record.itemId, record])),
      notes: new Map(notes.filter((note) => note.deletedAt === null && note.text !== '').map((note) => [note.itemId, note])),
      customItems: customItems.filter((item) => item.deletedAt === null).sort((a, b) => a.order - b.order || a.updatedAt - b.updatedAt),
      hiddenItemIds: new Set(overlays.filter((overlay) => overlay.isHidden && overlay.deletedAt === null).map((overlay) => overlay.itemId)),
      userCards: userCards.filter((card) => card.deletedAt === null).sort((a, b) => a.question.localeCompare(b.question)),
    };
  });
}
