/** Hides a built-in item without editing content (restoring tombstones the overlay). */
import * as v from 'valibot';
import { ITEM_KEY_MESSAGE, ITEM_KEY_PATHS, hasItemKey } from './progress';
import { LIMITS, expected, hlcStamp, identifier, timestamp, tombstone } from './fields';

export const overlaySetSchema = v.object({ roadmapId: identifier(), itemId: identifier(), isHidden: v.boolean() });

export const itemOverlayRecordSchema = v.pipe(
  v.object(
    {
      key: identifier(LIMITS.keyLength),
      roadmapId: identifier(),
      itemId: identifier(),
      isHidden: v.boolean(expected('true or false')),
      updatedAt: timestamp,
      deletedAt: tombstone,
      hlc: hlcStamp,
    },
    expected('an object'),
  ),
  v.forward(v.partialCheck(ITEM_KEY_PATHS, hasItemKey, ITEM_KEY_MESSAGE), ['key']),
);
