/**
 * Schemas of the tables backup format 2 added: the user's flashcards, review (spaced-repetition)
 * states, own goals/resources, hidden built-in items and imported roadmaps. Same rules as format 1
 * (backup-schema.ts): capped strings, bounded finite numbers, http(s)-only links, keys consistent
 * with the ids they are built from. An imported roadmap's document is checked by the roadmap
 * importer's own validator (parseRoadmapDocument), never by a copy of its rules.
 */
import * as v from 'valibot';
import { progressKey } from '../records';
import { parseRoadmapDocument } from '../roadmap-schema';
import {
  BACKUP_LIMITS,
  ITEM_KEY_MESSAGE,
  ITEM_KEY_PATHS,
  expected,
  hasItemKey,
  identifier,
  isHttpUrl,
  plainObject,
  text,
  timestamp,
  tombstone,
} from './backup-schema-base';

const L = BACKUP_LIMITS;

export const userCardSchema = v.object(
  {
    id: identifier(),
    roadmapId: identifier(),
    phaseId: identifier(),
    question: text(L.cardTextLength),
    outline: v.pipe(
      v.array(text(L.cardTextLength), expected('a list')),
      v.maxLength(L.outlineLines, `has more than ${L.outlineLines} lines`),
    ),
    updatedAt: timestamp,
    deletedAt: tombstone,
  },
  expected('an object'),
);

const stateValue = v.nullable(
  v.union([v.pipe(v.number(), v.finite()), v.pipe(v.string(), v.maxLength(L.reviewStateTextLength))], (issue) =>
    typeof issue.input === 'string'
      ? `is too long (at most ${L.reviewStateTextLength.toLocaleString('en-US')} characters)`
      : expected('a finite number, text or null')(issue),
  ),
);

export const reviewSchema = v.pipe(
  v.object(
    {
      key: identifier(L.keyLength),
      roadmapId: identifier(),
      cardId: identifier(),
      due: timestamp,
      state: v.pipe(
        plainObject(),
        v.record(identifier(), stateValue, expected('an object')),
        v.check((state) => Object.keys(state).length <= L.reviewStateFields, `has more than ${L.reviewStateFields} fields`),
      ),
      updatedAt: timestamp,
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

export const customItemSchema = v.object(
  {
    id: identifier(),
    roadmapId: identifier(),
    phaseId: identifier(),
    kind: v.picklist(['goal', 'resource'], 'expected one of goal, resource'),
    text: text(L.cardTextLength),
    url: v.nullable(v.pipe(text(L.urlLength), v.check(isHttpUrl, 'expected an http:// or https:// address'))),
    order: v.pipe(
      v.number(expected('a number')),
      v.integer('expected a whole number'),
      v.minValue(0, 'must not be negative'),
      v.maxValue(L.maxOrder, `is more than ${L.maxOrder.toLocaleString('en-US')}`),
    ),
    updatedAt: timestamp,
    deletedAt: tombstone,
  },
  expected('an object'),
);

export const itemOverlaySchema = v.pipe(
  v.object(
    {
      key: identifier(L.keyLength),
      roadmapId: identifier(),
      itemId: identifier(),
      isHidden: v.boolean(expected('true or false')),
      updatedAt: timestamp,
    },
    expected('an object'),
  ),
  v.forward(v.partialCheck(ITEM_KEY_PATHS, hasItemKey, ITEM_KEY_MESSAGE), ['key']),
);

/** The roadmap importer's validator; the stored value stays the document (as roadmap-repo stores it). */
const roadmapDocument = v.pipe(
  v.unknown(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    if (dataset.value === undefined) {
      addIssue({ message: 'is missing' });
      return;
    }
    const parsed = parseRoadmapDocument(dataset.value);
    if (!parsed.ok) addIssue({ message: `is not a valid roadmap document (${parsed.error})` });
  }),
  // A plain-data copy: a caller's typed object cannot smuggle shared references or prototypes in.
  v.transform((document): unknown => JSON.parse(JSON.stringify(document)) as unknown),
);

/** The id inside a document that already passed parseRoadmapDocument. */
const documentRoadmapId = (document: unknown): unknown => (document as { roadmap?: { id?: unknown } } | null)?.roadmap?.id;

export const storedRoadmapSchema = v.pipe(
  v.object(
    {
      id: identifier(),
      roadmap: roadmapDocument,
      importedAt: timestamp,
      updatedAt: timestamp,
      deletedAt: tombstone,
    },
    expected('an object'),
  ),
  v.forward(
    v.partialCheck([['id'], ['roadmap']], (r) => documentRoadmapId(r.roadmap) === r.id, "does not match the roadmap document's id"),
    ['id'],
  ),
);
