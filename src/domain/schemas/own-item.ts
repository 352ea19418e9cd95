/** The person's own goal or resource in a phase: an overlay on built-in content. */
import * as v from 'valibot';
import { LIMITS, expected, hlcStamp, identifier, isHttpUrl, text, timestamp, tombstone } from './fields';
import { checkWebAddress } from './evidence';
import { countCharacters } from './check';

const L = LIMITS;
export const OWN_ITEM_MAX_LENGTH = L.ownItemTextLength;
export const RESOURCE_EXAMPLE = 'https://example.org/course';

export interface OwnItemFields {
  id?: string | undefined;
  phaseId: string;
  kind: 'goal' | 'resource';
  text: string;
  url: string | null;
}

/** The first problem with an own goal or resource as typed, as a sentence, or null. */
export function checkOwnItemFields(input: Pick<OwnItemFields, 'kind' | 'text' | 'url'>): { field: 'text' | 'url'; message: string } | null {
  const textValue = input.text.trim();
  const what = input.kind === 'goal' ? 'goal' : 'resource title';
  if (textValue === '') return { field: 'text', message: `Write the ${what} first.` };
  const length = countCharacters(textValue);
  if (length > OWN_ITEM_MAX_LENGTH) {
    return {
      field: 'text',
      message: `Keep the ${what} under ${OWN_ITEM_MAX_LENGTH} characters; this one has ${length.toLocaleString('en-US')}.`,
    };
  }
  if (input.kind === 'resource') {
    const problem = checkWebAddress(
      input.url ?? '',
      'address',
      `Add the resource’s address, for example ${RESOURCE_EXAMPLE}.`,
      RESOURCE_EXAMPLE,
    );
    if (problem) return { field: 'url', message: problem };
  }
  return null;
}

const fields = v.pipe(
  v.object({
    id: v.optional(identifier()),
    phaseId: identifier(),
    kind: v.picklist(['goal', 'resource'], 'expected one of goal, resource'),
    text: v.string(),
    url: v.nullable(v.string()),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = checkOwnItemFields(dataset.value);
    if (problem)
      addIssue({
        message: problem.message,
        path: [{ type: 'object', origin: 'value', input: dataset.value, key: problem.field, value: dataset.value[problem.field] }],
      });
  }),
  v.transform((item) => ({ ...item, text: item.text.trim(), url: item.kind === 'resource' ? (item.url?.trim() ?? null) : null })),
);

export const ownItemSaveSchema = v.object({ roadmapId: identifier(), item: fields });
export const ownItemIdSchema = v.object({ id: identifier() });
export const ownItemMoveSchema = v.object({ id: identifier(), direction: v.picklist([-1, 1] as const) });

export const customItemRecordSchema = v.object(
  {
    id: identifier(),
    roadmapId: identifier(),
    phaseId: identifier(),
    kind: v.picklist(['goal', 'resource'], 'expected one of goal, resource'),
    // Characters are counted as a person counts them; stored text is UTF-16, up to two units each.
    text: v.pipe(text(OWN_ITEM_MAX_LENGTH * 2), v.minLength(1, 'must not be empty')),
    url: v.nullable(v.pipe(text(L.urlLength), v.check(isHttpUrl, 'expected an http:// or https:// address'))),
    order: v.pipe(
      v.number(expected('a number')),
      v.integer('expected a whole number'),
      v.minValue(0, 'must not be negative'),
      v.maxValue(L.maxOrder, `is more than ${L.maxOrder.toLocaleString('en-US')}`),
    ),
    updatedAt: timestamp,
    deletedAt: tombstone,
    hlc: hlcStamp,
  },
  expected('an object'),
);
