/** The spaced-repetition state of one card (built-in or the person's), as the scheduler stores it. */
import * as v from 'valibot';
import { progressKey } from '../records';
import { LIMITS, expected, hlcStamp, identifier, plainObject, timestamp } from './fields';

const L = LIMITS;

const stateValue = v.nullable(
  v.union([v.pipe(v.number(), v.finite()), v.pipe(v.string(), v.maxLength(L.reviewStateTextLength))], (issue) =>
    typeof issue.input === 'string'
      ? `is too long (at most ${L.reviewStateTextLength.toLocaleString('en-US')} characters)`
      : expected('a finite number, text or null')(issue),
  ),
);

export const reviewStateSchema = v.pipe(
  plainObject(),
  v.record(identifier(), stateValue, expected('an object')),
  v.check((state) => Object.keys(state).length <= L.reviewStateFields, `has more than ${L.reviewStateFields} fields`),
);

export const reviewSaveSchema = v.object({
  roadmapId: identifier(),
  cardId: identifier(),
  state: reviewStateSchema,
  due: v.pipe(
    v.number('The review has no valid due time.'),
    v.finite('The review has no valid due time.'),
    v.integer('The review has no valid due time.'),
    v.minValue(0, 'The review has no valid due time.'),
    v.maxValue(L.maxTimestamp, 'The review has no valid due time.'),
  ),
});

export const reviewRecordSchema = v.pipe(
  v.object(
    {
      key: identifier(L.keyLength),
      roadmapId: identifier(),
      cardId: identifier(),
      due: timestamp,
      state: reviewStateSchema,
      updatedAt: timestamp,
      hlc: hlcStamp,
    },
    expected('an object'),
  ),
  v.forward(
    v.partialCheck(
      [['key'], ['roadmapId'], ['cardId']],
      (r) => r.key === progressKey(r.roadmapId, r.cardId),
      'does not match roadmapId + "/" + cardId',
    ),
    ['key'],
  ),
);
