/** A goal's, resource's or milestone's status: the tick. */
import * as v from 'valibot';
import { ITEM_STATUSES, progressKey } from '../records';
import { LIMITS, expected, hlcStamp, identifier, timestamp } from './fields';

export const itemStatus = v.picklist(ITEM_STATUSES, `expected one of ${ITEM_STATUSES.join(', ')}`);

export const progressStatusInputSchema = v.object({
  roadmapId: identifier(),
  itemId: identifier(),
  status: itemStatus,
});

export type ProgressStatusInput = v.InferOutput<typeof progressStatusInputSchema>;

export interface ItemKeyed {
  key: string;
  roadmapId: string;
  itemId: string;
}

export const hasItemKey = (r: ItemKeyed): boolean => r.key === progressKey(r.roadmapId, r.itemId);
export const ITEM_KEY_PATHS = [['key'], ['roadmapId'], ['itemId']] as const;
export const ITEM_KEY_MESSAGE = 'does not match roadmapId + "/" + itemId';

export const progressRecordSchema = v.pipe(
  v.object(
    {
      key: identifier(LIMITS.keyLength),
      roadmapId: identifier(),
      itemId: identifier(),
      status: itemStatus,
      doneAt: v.nullable(timestamp),
      updatedAt: timestamp,
      hlc: hlcStamp,
    },
    expected('an object'),
  ),
  v.forward(v.partialCheck(ITEM_KEY_PATHS, hasItemKey, ITEM_KEY_MESSAGE), ['key']),
);
