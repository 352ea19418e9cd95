import { db } from './database';
import { guardStorage } from './storage-errors';
import type { StudySessionRecord } from '../domain/records';

export interface SessionInput {
  day: string;
  minutes: number;
  phaseId: string | null;
  itemId: string | null;
  note: string;
}

/** Live (not deleted) sessions of a roadmap, newest day first. */
export async function listSessions(roadmapId: string): Promise<StudySessionRecord[]> {
  const rows = await db.sessions.where('roadmapId').equals(roadmapId).toArray();
  return rows
    .filter((row) => row.deletedAt === null)
    .sort((a, b) => (a.day === b.day ? b.updatedAt - a.updatedAt : a.day < b.day ? 1 : -1));
}

function createSessionId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Logs a new session; the caller validates the input first (validateSession). */
export async function addSession(roadmapId: string, input: SessionInput, now: number = Date.now()): Promise<StudySessionRecord> {
  const record: StudySessionRecord = { id: createSessionId(), roadmapId, ...input, updatedAt: now, deletedAt: null };
  await guardStorage(() => db.sessions.add(record));
  return record;
}

export async function updateSession(id: string, input: SessionInput, now: number = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.sessions, async () => {
      const existing = await db.sessions.get(id);
      if (!existing || existing.deletedAt !== null) throw new Error('That session no longer exists.');
      await db.sessions.put({ ...existing, ...input, updatedAt: Math.max(now, existing.updatedAt + 1) });
    }),
  );
}

/** Deletes a session as a tombstone, so a merge elsewhere does not bring it back. */
export async function deleteSession(id: string, now: number = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.sessions, async () => {
      const existing = await db.sessions.get(id);
      if (!existing || existing.deletedAt !== null) return;
      const updatedAt = Math.max(now, existing.updatedAt + 1);
      await db.sessions.put({ ...existing, updatedAt, deletedAt: updatedAt });
    }),
  );
}

/** Restores a session deleted by mistake (undo). */
export async function restoreSession(id: string, now: number = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.sessions, async () => {
      const existing = await db.sessions.get(id);
      if (!existing || existing.deletedAt === null) return;
      await db.sessions.put({ ...existing, updatedAt: Math.max(now, existing.updatedAt + 1), deletedAt: null });
    }),
  );
}
