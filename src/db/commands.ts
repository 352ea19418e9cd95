/**
 * Every write the app can make, in one list: a named command with its input schema (from
 * src/domain/schemas, the same rule the form uses for its messages and the backup uses on import)
 * and the function that runs it in one transaction, stamping what it writes with the device clock.
 *
 * The UI runs commands through one runner (src/hooks/use-command.ts); it imports only types from
 * src/db. Nothing is written when the input does not pass: runCommand throws InvalidInputError with
 * the field's message. Commands that need large code (backups, roadmap files, restore points) load
 * it when they run, so the first view stays small.
 */
import * as v from 'valibot';
import { loadOverlaidRoadmap, loadRoadmap } from './roadmap-lookup';
import { addSession, deleteSession, restoreSession, updateSession } from './sessions-repo';
import { removePlan, savePlan, undoReplan } from './plan-repo';
import { deleteUserCard, saveReview, saveUserCard } from './cards-repo';
import { deleteCustomItem, moveCustomItem, saveCustomItem, setItemHidden } from './custom-items-repo';
import { saveEvidence, saveNote, setItemStatus } from './progress-repo';
import { removeStoredRoadmap, setActiveRoadmapId } from './roadmap-repo';
import { dismissBackupReminder, recordBackupDone } from './backup-reminder-repo';
import { ensureRoomFor, estimateRecordBytes } from './data-budget';
import { checkWith } from '../domain/schemas/check';
import { identifier, studyDay } from '../domain/schemas/fields';
import { progressStatusInputSchema } from '../domain/schemas/progress';
import { noteInputSchema } from '../domain/schemas/note';
import { evidenceInputSchema } from '../domain/schemas/evidence';
import { sessionAddSchema, sessionIdSchema, sessionUpdateSchema } from '../domain/schemas/session';
import { planSaveSchema } from '../domain/schemas/plan';
import { cardSaveSchema } from '../domain/schemas/card';
import { reviewSaveSchema } from '../domain/schemas/review';
import { ownItemIdSchema, ownItemMoveSchema, ownItemSaveSchema } from '../domain/schemas/own-item';
import { overlaySetSchema } from '../domain/schemas/overlay';
import { computeRoadmapProgress } from '../domain/progress';
import { replanFromToday, validatePlan } from '../domain/plan';
import { InvalidInputError } from '../domain/validation';
import type { Plan } from '../domain/records';
import type * as syncSettings from '../domain/sync/sync-settings';

type SyncSettings = typeof syncSettings;
type SyncSchemaName = 'syncConfigureSchema' | 'credentialsSchema' | 'vaultEnvelopeUpdateSchema' | 'deviceIdSchema' | 'deviceRenameSchema';

/**
 * The sync commands' input schemas (domain/sync/sync-settings.ts) are only needed once sync is
 * used, so they stay out of the first load: the table types the input, and the command checks it
 * in full against the domain schema when it runs, loaded then. Same rule, same messages.
 */
const deferredInput = <N extends SyncSchemaName>() =>
  v.custom<v.InferInput<SyncSettings[N]>>((input) => input !== null && typeof input === 'object', 'expected an object');

async function checkDeferred<N extends SyncSchemaName>(name: N, input: unknown): Promise<v.InferOutput<SyncSettings[N]>> {
  const schemas = await import('../domain/sync/sync-settings');
  const checked = checkWith(schemas[name] as v.GenericSchema, input);
  if (!checked.ok) {
    const [first] = checked.problems;
    throw new InvalidInputError(first?.message ?? 'That could not be saved.', first?.field ?? null);
  }
  return checked.value as v.InferOutput<SyncSettings[N]>;
}

type SyncRepo = typeof import('./sync-repo');

/**
 * Sync's state is this device's own (src/db/sync-repo.ts), loaded when a sync command runs. A sync
 * command that finds sync stopped meanwhile (in another tab) says so instead of failing.
 */
async function withSyncRepo<T>(run: (repo: SyncRepo) => Promise<T>): Promise<T> {
  const repo = await import('./sync-repo');
  try {
    return await run(repo);
  } catch (error) {
    if (error instanceof repo.SyncNotConfiguredError) throw new InvalidInputError(error.message);
    throw error;
  }
}

export interface CommandContext {
  /** Wall time of the write (epoch ms); tests pass a fixed one. */
  now: number;
}

interface CommandSpec<S extends v.GenericSchema, R> {
  input: S;
  run: (input: v.InferOutput<S>, context: CommandContext) => Promise<R>;
}

const command = <S extends v.GenericSchema, R>(
  input: S,
  run: (input: v.InferOutput<S>, context: CommandContext) => Promise<R>,
): CommandSpec<S, R> => ({
  input,
  run,
});

const roadmapIdSchema = v.object({ roadmapId: identifier() });

async function phasesOf(roadmapId: string) {
  const roadmap = await loadRoadmap(roadmapId);
  if (!roadmap) throw new InvalidInputError('That roadmap is no longer on this device.');
  return roadmap.phases;
}

/** A plan is checked against the phases of its roadmap: enough days for each, and not past 2100. */
async function savePlanChecked(roadmapId: string, plan: Plan, keepPrevious: boolean, now: number) {
  const phases = await phasesOf(roadmapId);
  const unknown = Object.keys(plan.phaseDays).find((phaseId) => !phases.some((phase) => phase.id === phaseId));
  if (unknown !== undefined) throw new InvalidInputError('The plan names a phase this roadmap does not have.');
  const problems = validatePlan(plan, phases);
  if (problems[0] !== undefined) throw new InvalidInputError(problems[0]);
  return savePlan(roadmapId, plan, { keepPrevious, now });
}

export const commands = {
  /** Tick, untick, in progress or skipped. */
  'progress.setStatus': command(progressStatusInputSchema, (input, { now }) =>
    setItemStatus(input.roadmapId, input.itemId, input.status, now),
  ),

  'note.save': command(noteInputSchema, async (input, { now }) => {
    await ensureRoomFor(estimateRecordBytes(input.text));
    await saveNote(input.roadmapId, input.itemId, input.text, now, { baseHlc: input.baseHlc, resolves: input.resolves });
  }),

  /** An empty url removes the link. */
  'evidence.save': command(evidenceInputSchema, async (input, { now }) => {
    await ensureRoomFor(estimateRecordBytes(input.url));
    await saveEvidence(input.roadmapId, input.itemId, input.url, now);
  }),

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

  'plan.save': command(planSaveSchema, ({ roadmapId, plan, keepPrevious }, { now }) => savePlanChecked(roadmapId, plan, keepPrevious, now)),
  /** Re-plans from today so the plan matches where the person really is (undoable with plan.undo). */
  'plan.replan': command(v.object({ roadmapId: identifier(), today: studyDay('today') }), async ({ roadmapId, today }, { now }) => {
    const { readPlan } = await import('./plan-repo');
    const [record, roadmap, { readRoadmapState }] = await Promise.all([
      readPlan(roadmapId),
      loadOverlaidRoadmap(roadmapId),
      import('./progress-repo'),
    ]);
    if (!record) throw new InvalidInputError('There is no plan to re-plan yet; set a start date first.');
    if (!roadmap) throw new InvalidInputError('That roadmap is no longer on this device.');
    const state = await readRoadmapState(roadmapId);
    const counts = computeRoadmapProgress(roadmap, state.progress).phases.map(({ phaseId, done, total }) => ({ phaseId, done, total }));
    const result = replanFromToday(roadmap.phases, record.plan, counts, today);
    if (!result.ok) throw new InvalidInputError(result.errors.join(' '));
    if (!result.isChanged) return { isChanged: false as const };
    await savePlanChecked(roadmapId, result.plan, true, now);
    return { isChanged: true as const };
  }),
  'plan.undo': command(roadmapIdSchema, ({ roadmapId }, { now }) => undoReplan(roadmapId, now)),
  'plan.remove': command(roadmapIdSchema, ({ roadmapId }, { now }) => removePlan(roadmapId, now)),

  'card.save': command(cardSaveSchema, async ({ roadmapId, card }, { now }) => {
    await ensureRoomFor(estimateRecordBytes(card.question, ...card.outline));
    return saveUserCard(roadmapId, card, now);
  }),
  'card.delete': command(v.object({ id: identifier() }), ({ id }, { now }) => deleteUserCard(id, now)),
  /** Stores a card's schedule after an answer (the practice view computes it with the scheduler). */
  'card.review': command(reviewSaveSchema, ({ roadmapId, cardId, state, due }, { now }) => saveReview(roadmapId, cardId, state, due, now)),

  'ownItem.save': command(ownItemSaveSchema, async ({ roadmapId, item }, { now }) => {
    await ensureRoomFor(estimateRecordBytes(item.text, item.url ?? ''));
    return saveCustomItem(roadmapId, item, now);
  }),
  'ownItem.delete': command(ownItemIdSchema, ({ id }, { now }) => deleteCustomItem(id, now)),
  'ownItem.move': command(ownItemMoveSchema, ({ id, direction }, { now }) => moveCustomItem(id, direction, now)),
  'overlay.setHidden': command(overlaySetSchema, ({ roadmapId, itemId, isHidden }, { now }) =>
    setItemHidden(roadmapId, itemId, isHidden, now),
  ),

  /** Stores an imported roadmap file's document (checked in full here, whatever the caller did). */
  'roadmap.import': command(v.object({ document: v.unknown() }), async ({ document }, { now }) => {
    const { importRoadmapDocument } = await import('./roadmap-import-command');
    return importRoadmapDocument(document, now);
  }),
  'roadmap.remove': command(roadmapIdSchema, ({ roadmapId }, { now }) => removeStoredRoadmap(roadmapId, now)),
  'roadmap.follow': command(roadmapIdSchema, async ({ roadmapId }, { now }) => {
    if (!(await loadRoadmap(roadmapId))) throw new InvalidInputError('That roadmap is no longer on this device.');
    await setActiveRoadmapId(roadmapId, now);
  }),

  /** Applies a backup file (validated again in full) by merge or replace, after a restore point. */
  'backup.import': command(v.object({ file: v.unknown(), mode: v.picklist(['merge', 'replace']) }), async ({ file, mode }, { now }) => {
    const { applyImport, InvalidBackupError } = await import('./backup-repo');
    try {
      return await applyImport(file as never, mode, now);
    } catch (error) {
      if (error instanceof InvalidBackupError) throw new InvalidInputError(error.message);
      throw error;
    }
  }),
  /** Remembers that a backup was downloaded (for the reminder). */
  'backup.recordExport': command(v.object({}), (_input, { now }) => recordBackupDone(now)),
  'backup.dismissReminder': command(v.object({}), (_input, { now }) => dismissBackupReminder(now)),

  'snapshot.restore': command(v.object({ id: v.pipe(v.number(), v.integer(), v.minValue(0)) }), async ({ id }, { now }) => {
    const { restoreSnapshot, SnapshotUnavailableError } = await import('./snapshot-repo');
    try {
      return await restoreSnapshot(id, now);
    } catch (error) {
      if (error instanceof SnapshotUnavailableError) throw new InvalidInputError(error.message);
      throw error;
    }
  }),
  /** The day's restore point, taken once a day when the app starts. */
  'snapshot.takeDaily': command(v.object({}), async (_input, { now }) => {
    const { takeDailySnapshotIfDue } = await import('./snapshot-repo');
    return takeDailySnapshotIfDue(now);
  }),

  /** Sets aside stored records that no longer pass their schema (run once after start). */
  'attention.scan': command(v.object({}), async (_input, { now }) => {
    const { repairStoredData } = await import('./attention-repo');
    return repairStoredData(now);
  }),
  /** Puts a corrected record back where it belongs. */
  'attention.fix': command(v.object({ id: identifier(440), record: v.unknown() }), async ({ id, record }, { now }) => {
    const { fixAttentionRecord } = await import('./attention-repo');
    return fixAttentionRecord(id, record, now);
  }),
  'attention.delete': command(v.object({ id: identifier(440) }), async ({ id }) => {
    const { deleteAttentionRecord } = await import('./attention-repo');
    return deleteAttentionRecord(id);
  }),

  /**
   * Stores sync's set-up once src/sync has reached the server and opened the vault: address,
   * credentials (kept on this device, sent only to that server), folder, this device's name and
   * the vault's key. The first sync starts from it.
   */
  'sync.configure': command(deferredInput<'syncConfigureSchema'>(), async (raw, { now }) => {
    const input = await checkDeferred('syncConfigureSchema', raw);
    return withSyncRepo((repo) => repo.configureSync(input, now));
  }),
  /** "Stop syncing on this device": forgets the server and the key; every record stays. */
  'sync.stop': command(v.object({}), () => withSyncRepo((repo) => repo.stopSync())),
  /** A new user name or password for the same server (say, after an app password was replaced). */
  'sync.setCredentials': command(deferredInput<'credentialsSchema'>(), async (raw) => {
    const { user, password } = await checkDeferred('credentialsSchema', raw);
    return withSyncRepo((repo) => repo.setSyncCredentials(user, password));
  }),
  /** After the passphrase was changed: the vault's new key envelope (the data key stays the same). */
  'sync.setVaultEnvelope': command(deferredInput<'vaultEnvelopeUpdateSchema'>(), async (raw) => {
    const input = await checkDeferred('vaultEnvelopeUpdateSchema', raw);
    return withSyncRepo((repo) => repo.updateVaultEnvelope(input));
  }),
  /** The name other devices see for this one; it travels with the next sync. */
  'device.rename': command(deferredInput<'deviceRenameSchema'>(), async (raw) => {
    const { name } = await checkDeferred('deviceRenameSchema', raw);
    return withSyncRepo((repo) => repo.renameThisDevice(name));
  }),
  /** Takes another device out of sync: its file is deleted and it stops syncing when it next tries. */
  'device.remove': command(deferredInput<'deviceIdSchema'>(), async (raw, { now }) => {
    const { deviceId } = await checkDeferred('deviceIdSchema', raw);
    return withSyncRepo((repo) => repo.removeDevice(deviceId, now));
  }),
} satisfies Record<string, { input: v.GenericSchema; run: (input: never, context: CommandContext) => Promise<unknown> }>;

export type CommandName = keyof typeof commands;
export type CommandInput<N extends CommandName> = v.InferInput<(typeof commands)[N]['input']>;
export type CommandOutput<N extends CommandName> = Awaited<ReturnType<(typeof commands)[N]['run']>>;

/**
 * Runs a command: checks the input against its schema (throws InvalidInputError with the field's
 * message, writing nothing), then runs it. Storage failures reject with a StorageError.
 */
export async function runCommand<N extends CommandName>(
  name: N,
  input: CommandInput<N>,
  options: { now?: number } = {},
): Promise<CommandOutput<N>> {
  const spec = commands[name] as unknown as CommandSpec<v.GenericSchema, CommandOutput<N>>;
  const checked = checkWith(spec.input, input);
  if (!checked.ok) {
    const [first] = checked.problems;
    throw new InvalidInputError(first?.message ?? 'That could not be saved.', first?.field ?? null);
  }
  return spec.run(checked.value, { now: options.now ?? Date.now() });
}
