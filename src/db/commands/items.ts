/** The person's own goals and resources, and hiding built-in items. */
import { deleteCustomItem, moveCustomItem, saveCustomItem, setItemHidden } from '../custom-items-repo';
import { ensureRoomFor, estimateRecordBytes } from '../data-budget';
import { ownItemIdSchema, ownItemMoveSchema, ownItemSaveSchema } from '../../domain/schemas/own-item';
import { overlaySetSchema } from '../../domain/schemas/overlay';
import { command, type CommandGroup } from './define';

export const itemCommands = {
  'ownItem.save': command(ownItemSaveSchema, async ({ roadmapId, item }, { now }) => {
    await ensureRoomFor(estimateRecordBytes(item.text, item.url ?? ''));
    return saveCustomItem(roadmapId, item, now);
  }),

  'ownItem.delete': command(ownItemIdSchema, ({ id }, { now }) => deleteCustomItem(id, now)),

  'ownItem.move': command(ownItemMoveSchema, ({ id, direction }, { now }) => moveCustomItem(id, direction, now)),

  'overlay.setHidden': command(overlaySetSchema, ({ roadmapId, itemId, isHidden }, { now }) =>
    setItemHidden(roadmapId, itemId, isHidden, now),
  ),
} satisfies CommandGroup;
