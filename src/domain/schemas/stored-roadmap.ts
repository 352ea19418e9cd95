/**
 * A roadmap imported from a file. Its document is checked by the roadmap importer's own validator
 * (parseRoadmapDocument), never by a copy of its rules. Only lazily loaded code imports this file:
 * the roadmap schema is large.
 */
import * as v from 'valibot';
import { parseRoadmapDocument } from '../roadmap-schema';
import { expected, hlcStamp, identifier, timestamp, tombstone } from './fields';

/** The roadmap importer's validator; the stored value stays the document. */
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

export const storedRoadmapRecordSchema = v.pipe(
  v.object(
    {
      id: identifier(),
      roadmap: roadmapDocument,
      importedAt: timestamp,
      updatedAt: timestamp,
      deletedAt: tombstone,
      hlc: hlcStamp,
    },
    expected('an object'),
  ),
  v.forward(
    v.partialCheck([['id'], ['roadmap']], (r) => documentRoadmapId(r.roadmap) === r.id, "does not match the roadmap document's id"),
    ['id'],
  ),
);
