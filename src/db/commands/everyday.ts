/** The commands a tick, a note or the study timer needs: loaded with the first view, so they never wait for a chunk. */
import * as v from 'valibot';
import { changeStudyTimer, discardStudyTimer, startStudyTimer } from '../timer-repo';
import { resolveNoteVersion, saveEvidence, saveNote, setItemStatus } from '../progress-repo';
import { ensureRoomFor, estimateRecordBytes } from '../data-budget';
import { identifier } from '../../domain/schemas/fields';
import { progressStatusInputSchema } from '../../domain/schemas/progress';
import { noteInputSchema } from '../../domain/schemas/note';
import { evidenceInputSchema } from '../../domain/schemas/evidence';
import { command, type CommandGroup } from './define';

export const everydayCommands = {
  'progress.setStatus': command(progressStatusInputSchema, (input, { now }) =>
    setItemStatus(input.roadmapId, input.itemId, input.status, now),
  ),

  'note.save': command(noteInputSchema, async (input, { now }) => {
    await ensureRoomFor(estimateRecordBytes(input.text));
    await saveNote(input.roadmapId, input.itemId, input.text, now, { baseHlc: input.baseHlc, resolves: input.resolves });
  }),

  'note.resolveVersion': command(
    v.object({ roadmapId: identifier(), itemId: identifier(), versionKey: identifier(500), choice: v.picklist(['use', 'keep']) }),
    ({ roadmapId, itemId, versionKey, choice }, { now }) => resolveNoteVersion(roadmapId, itemId, versionKey, choice, now),
  ),

  'evidence.save': command(evidenceInputSchema, async (input, { now }) => {
    await ensureRoomFor(estimateRecordBytes(input.url));
    await saveEvidence(input.roadmapId, input.itemId, input.url, now);
  }),

  'timer.start': command(
    v.object({ roadmapId: identifier(), phaseId: identifier(), itemId: v.nullable(identifier()) }),
    (target, { now }) => startStudyTimer(target, now),
  ),

  'timer.pause': command(v.object({}), (_input, { now }) => changeStudyTimer('pause', now)),

  'timer.resume': command(v.object({}), (_input, { now }) => changeStudyTimer('resume', now)),

  'timer.stop': command(v.object({}), (_input, { now }) => changeStudyTimer('stop', now)),

  'timer.discard': command(v.object({}), () => discardStudyTimer()),
} satisfies CommandGroup;
