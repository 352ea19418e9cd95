/** A milestone's evidence link: http(s) only, so it can be opened safely. Tombstoned when removed. */
import * as v from 'valibot';
import { ITEM_KEY_MESSAGE, ITEM_KEY_PATHS, hasItemKey } from './progress';
import { LIMITS, expected, hlcStamp, identifier, isHttpUrl, text, timestamp, tombstone } from './fields';

export { isHttpUrl };

/**
 * The problem with a typed web address, as a sentence, or null. `noun` is what the person calls it
 * ("link", "address"); `whenEmpty` asks for it.
 */
export function checkWebAddress(value: string, noun: 'link' | 'address', whenEmpty: string, example: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return whenEmpty;
  if (trimmed.length > LIMITS.urlLength) return `That ${noun} is longer than ${LIMITS.urlLength.toLocaleString('en-US')} characters.`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return `Start the ${noun} with https:// (for example ${example}).`;
  if (!isHttpUrl(trimmed)) return `Only http:// and https:// ${noun === 'link' ? 'links' : 'addresses'} can be saved.`;
  return null;
}

export const EVIDENCE_EXAMPLE = 'https://github.com/you/project';
export const EVIDENCE_EMPTY = `Enter a link, for example ${EVIDENCE_EXAMPLE}.`;

/** An evidence link as typed; empty means "remove the link". */
export const evidenceUrlSchema = v.pipe(
  v.string(),
  v.transform((value) => value.trim()),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value === '') return;
    const problem = checkWebAddress(dataset.value, 'link', EVIDENCE_EMPTY, EVIDENCE_EXAMPLE);
    if (problem) addIssue({ message: problem });
  }),
);

export const evidenceInputSchema = v.object({
  roadmapId: identifier(),
  itemId: identifier(),
  url: evidenceUrlSchema,
});

export type EvidenceInput = v.InferInput<typeof evidenceInputSchema>;

export const evidenceRecordSchema = v.pipe(
  v.object(
    {
      key: identifier(LIMITS.keyLength),
      roadmapId: identifier(),
      itemId: identifier(),
      url: text(LIMITS.urlLength),
      updatedAt: timestamp,
      deletedAt: tombstone,
      hlc: hlcStamp,
    },
    expected('an object'),
  ),
  v.forward(v.partialCheck(ITEM_KEY_PATHS, hasItemKey, ITEM_KEY_MESSAGE), ['key']),
  // A removed link may have been blanked; a live one must be a web address we can safely open.
  v.forward(
    v.partialCheck(
      [['url'], ['deletedAt']],
      (r) => isHttpUrl(r.url) || (r.deletedAt !== null && r.url === ''),
      'expected an http:// or https:// address',
    ),
    ['url'],
  ),
);
