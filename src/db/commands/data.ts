/** Whole-data commands: roadmaps, backups, restore points, records that need attention, the backup reminder. */
import * as v from 'valibot';
import { loadRoadmap } from '../roadmap-lookup';
import { removeStoredRoadmap, setActiveRoadmapId } from '../roadmap-repo';
import { dismissBackupReminder, recordBackupDone } from '../backup-reminder-repo';
import { identifier } from '../../domain/schemas/fields';
import { InvalidInputError } from '../../domain/errors';
import { command, type CommandGroup } from './define';

const roadmapIdSchema = v.object({ roadmapId: identifier() });

export const dataCommands = {
  'roadmap.import': command(v.object({ document: v.unknown() }), async ({ document }, { now }) => {
    const { importRoadmapDocument } = await import('../roadmap-import-command');
    return importRoadmapDocument(document, now);
  }),

  'roadmap.remove': command(roadmapIdSchema, ({ roadmapId }, { now }) => removeStoredRoadmap(roadmapId, now)),

  'roadmap.follow': command(roadmapIdSchema, async ({ roadmapId }, { now }) => {
    if (!(await loadRoadmap(roadmapId))) throw new InvalidInputError('That roadmap is no longer on this device.');
    await setActiveRoadmapId(roadmapId, now);
  }),

  'backup.import': command(v.object({ file: v.unknown(), mode: v.picklist(['merge', 'replace']) }), async ({ file, mode }, { now }) => {
    const { applyImport, InvalidBackupError } = await import('../backup-repo');
    try {
      return await applyImport(file as never, mode, now);
    } catch (error) {
      if (error instanceof InvalidBackupError) throw new InvalidInputError(error.message);
      throw error;
    }
  }),

  'backup.recordExport': command(v.object({}), (_input, { now }) => recordBackupDone(now)),

  'backup.dismissReminder': command(v.object({}), (_input, { now }) => dismissBackupReminder(now)),

  'snapshot.restore': command(v.object({ id: v.pipe(v.number(), v.integer(), v.minValue(0)) }), async ({ id }, { now }) => {
    const { restoreSnapshot, SnapshotUnavailableError } = await import('../snapshot-repo');
    try {
      return await restoreSnapshot(id, now);
    } catch (error) {
      if (error instanceof SnapshotUnavailableError) throw new InvalidInputError(error.message);
      throw error;
    }
  }),

  'snapshot.takeDaily': command(v.object({}), async (_input, { now }) => {
    const { takeDailySnapshotIfDue } = await import('../snapshot-repo');
    return takeDailySnapshotIfDue(now);
  }),

  'attention.scan': command(v.object({}), async (_input, { now }) => {
    const { repairStoredData } = await import('../attention-repo');
    return repairStoredData(now);
  }),

  'attention.fix': command(v.object({ id: identifier(440), record: v.unknown() }), async ({ id, record }, { now }) => {
    const { fixAttentionRecord } = await import('../attention-repo');
    return fixAttentionRecord(id, record, now);
  }),

  'attention.delete': command(v.object({ id: identifier(440) }), async ({ id }) => {
    const { deleteAttentionRecord } = await import('../attention-repo');
    return deleteAttentionRecord(id);
  }),
} satisfies CommandGroup;
