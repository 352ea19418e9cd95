/** Small key/value settings that travel with the data (e.g. the roadmap you follow). */
import * as v from 'valibot';
import { LIMITS, expected, hlcStamp, identifier, text, timestamp, tombstone } from './fields';

export const settingValueSchema = v.nullable(
  v.union([text(LIMITS.settingTextLength), v.pipe(v.number(), v.finite()), v.boolean()], expected('text, a number, true/false or null')),
);

export const settingRecordSchema = v.object(
  {
    key: identifier(),
    value: settingValueSchema,
    updatedAt: timestamp,
    deletedAt: tombstone,
    hlc: hlcStamp,
  },
  expected('an object'),
);
