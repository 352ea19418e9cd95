/**
 * Every write the app can make, in one list: a named command with its input schema (from
 * src/domain/schemas, the same rule the form uses for its messages and the backup uses on import)
 * and the function that runs it in one transaction, stamping what it writes with the device clock.
 * The commands themselves live in ./commands/, one file per kind of data.
 *
 * The UI runs commands through one runner (src/hooks/use-command.ts); it imports only types from
 * src/db. Nothing is written when the input does not pass: runCommand throws InvalidInputError with
 * the field's message. Each group of commands loads the first time one of them runs (all are
 * precached for offline use), so the first view stays small; the everyday group (a tick, a note,
 * the timer) is fetched as soon as the first view is up (preloadEverydayCommands), before a tick.
 */
import type * as v from 'valibot';
import { InvalidInputError } from '../domain/errors';
import type { CommandContext, CommandSpec } from './commands/define';

export type { CommandContext };

type Groups = {
  everyday: (typeof import('./commands/everyday'))['everydayCommands'];
  log: (typeof import('./commands/log'))['logCommands'];
  plan: (typeof import('./commands/plan'))['planCommands'];
  cards: (typeof import('./commands/cards'))['cardCommands'];
  items: (typeof import('./commands/items'))['itemCommands'];
  data: (typeof import('./commands/data'))['dataCommands'];
  sync: (typeof import('./commands/sync'))['syncCommands'];
};
type GroupName = keyof Groups;
type AllCommands = { [G in GroupName]: Groups[G] }[GroupName] extends infer U
  ? { [N in U extends unknown ? keyof U : never]: U extends Record<N, infer S> ? S : never }
  : never;

const importGroup: { [G in GroupName]: () => Promise<Groups[G]> } = {
  everyday: () => import('./commands/everyday').then((module) => module.everydayCommands),
  log: () => import('./commands/log').then((module) => module.logCommands),
  plan: () => import('./commands/plan').then((module) => module.planCommands),
  cards: () => import('./commands/cards').then((module) => module.cardCommands),
  items: () => import('./commands/items').then((module) => module.itemCommands),
  data: () => import('./commands/data').then((module) => module.dataCommands),
  sync: () => import('./commands/sync').then((module) => module.syncCommands),
};
type Checker = typeof import('../domain/schemas/check');

// What has loaded, kept here: awaiting import() again costs a trip through the task queue (about
// 25 ms of a phone's tick), where a loaded group can be used at once.
const loadedGroups: { [G in GroupName]?: Groups[G] } = {};
let loadedChecker: Checker | undefined;

async function loadGroup<G extends GroupName>(name: G): Promise<Groups[G]> {
  const group = await importGroup[name]();
  loadedGroups[name] = group;
  return group;
}

async function loadChecker(): Promise<Checker> {
  loadedChecker = await import('../domain/schemas/check');
  return loadedChecker;
}

/** Loads the commands a first tick needs, so it waits for nothing but its write. */
export function preloadEverydayCommands(): Promise<unknown> {
  return Promise.all([loadGroup('everyday'), loadChecker()]);
}

/** Every command by name, with the group it lives in. */
export const COMMANDS = {
  'progress.setStatus': 'everyday',
  'note.save': 'everyday',
  'note.resolveVersion': 'everyday',
  'evidence.save': 'everyday',
  'timer.start': 'everyday',
  'timer.pause': 'everyday',
  'timer.resume': 'everyday',
  'timer.stop': 'everyday',
  'timer.discard': 'everyday',
  'timer.log': 'log',
  'session.add': 'log',
  'session.update': 'log',
  'session.delete': 'log',
  'session.restore': 'log',
  'plan.save': 'plan',
  'plan.replan': 'plan',
  'plan.undo': 'plan',
  'plan.remove': 'plan',
  'card.save': 'cards',
  'card.delete': 'cards',
  'card.review': 'cards',
  'ownItem.save': 'items',
  'ownItem.delete': 'items',
  'ownItem.move': 'items',
  'overlay.setHidden': 'items',
  'roadmap.import': 'data',
  'roadmap.remove': 'data',
  'roadmap.follow': 'data',
  'backup.import': 'data',
  'backup.recordExport': 'data',
  'backup.dismissReminder': 'data',
  'snapshot.restore': 'data',
  'snapshot.takeDaily': 'data',
  'attention.scan': 'data',
  'attention.fix': 'data',
  'attention.delete': 'data',
  'sync.configure': 'sync',
  'sync.stop': 'sync',
  'sync.setCredentials': 'sync',
  'sync.setVaultEnvelope': 'sync',
  'device.rename': 'sync',
  'device.remove': 'sync',
} as const satisfies { [N in keyof AllCommands]: GroupName };

export type CommandName = keyof typeof COMMANDS;
// Every command of every group is in the list, and every name in the list is a command.
true satisfies [Exclude<keyof AllCommands, CommandName>] extends [never] ? true : false;
true satisfies [Exclude<CommandName, keyof AllCommands>] extends [never] ? true : false;

type SpecOf<N extends CommandName> = AllCommands[N];
export type CommandInput<N extends CommandName> = SpecOf<N> extends { input: infer S extends v.GenericSchema } ? v.InferInput<S> : never;
export type CommandOutput<N extends CommandName> = SpecOf<N> extends { run: (...args: never[]) => Promise<infer R> } ? R : never;

/**
 * Runs a command: checks the input against its schema (throws InvalidInputError with the field's
 * message, writing nothing), then runs it. Storage failures reject with a StorageError.
 */
export async function runCommand<N extends CommandName>(
  name: N,
  input: CommandInput<N>,
  options: { now?: number } = {},
): Promise<CommandOutput<N>> {
  // The schema checks load with the first command (preloaded with the everyday group).
  const groupName = COMMANDS[name];
  const groupModule = loadedGroups[groupName] ?? (await loadGroup(groupName));
  const { checkWith } = loadedChecker ?? (await loadChecker());
  const group = groupModule as unknown as Record<string, CommandSpec<v.GenericSchema, CommandOutput<N>>>;
  const spec = group[name];
  if (!spec) throw new Error(`unknown command ${name}`);
  const checked = checkWith(spec.input, input);
  if (!checked.ok) {
    const [first] = checked.problems;
    throw new InvalidInputError(first?.message ?? 'That could not be saved.', first?.field ?? null);
  }
  return spec.run(checked.value, { now: options.now ?? Date.now() });
}
