/** The study log: sessions, and logging the study timer as one. */
import { addSession, deleteSession, restoreSession, updateSession } from '../sessions-repo';
import { logStudyTimer } from '../timer-repo';
import { ensureRoomFor, estimateRecordBytes } from '../data-budget';
import { sessionAddSchema, sessionIdSchema, sessionUpdateSchema } from '../../domain/schemas/session';
import { command, type CommandGroup } from './define';

export const logCommands = {
  'session.add': command(sessionAddSchema, async ({ roadmapId, session }, { now }) => {
    await ensureRoomFor(estimateRecordBytes(session.note));
    return addSession(roadmapId, session, now);
  }),

  'session.update': command(sessionUpdateSchema, async ({ id, session }, { now }) => {
    await ensureRoomFor(estimateRecordBytes(session.note));
    return updateSession(id, session, now);
  }),

  'session.delete': command(sessionIdSchema, ({ id }, { now }) => deleteSession(id, now)),

  'session.restore': command(sessionIdSchema, ({ id }, { now }) => restoreSession(id, now)),

  'timer.log': command(sessionAddSchema, async ({ roadmapId, session }, { now }) => {
    await ensureRoomFor(estimateRecordBytes(session.note));
    return logStudyTimer(roadmapId, session, now);
  }),
} satisfies CommandGroup;
