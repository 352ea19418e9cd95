/**
 * The one runner the UI uses for every write: `const run = useCommand(); await run('note.save', …)`.
 *
 * It runs the command (src/db/commands.ts), and then, whatever the command:
 * - on success shows the success message if one is given, clears a storage warning left by an
 *   earlier failed write (the storage works again), and asks the browser once per session for
 *   persistent storage (browsers grant it most readily once the site has really stored something);
 * - on failure never reports the change as saved: a refused input comes back with its message and
 *   field (forms show it next to the field; a toast says it too unless `isQuiet`), a storage failure
 *   is classified, shown plainly and, when serious, kept on screen as the storage state.
 */
import { runCommand, type CommandInput, type CommandName, type CommandOutput } from '../db/commands';
import { requestPersistentStorage } from '../db/storage-status';
import { StorageError, classifyStorageError } from '../db/storage-errors';
import { InvalidInputError } from '../domain/errors';
import { setStorageHealth, showToast, useUiStore } from '../store/ui-store';

export type CommandResult<N extends CommandName> =
  | { ok: true; value: CommandOutput<N> }
  | { ok: false; kind: 'invalid'; message: string; field: string | null }
  | { ok: false; kind: StorageError['kind']; message: string; field: null };

export interface RunOptions<N extends CommandName> {
  /** Shown as a success toast once the change has committed. */
  success?: string | ((value: CommandOutput<N>) => string | null);
  /** A refused input is only returned, not toasted (the form shows it by its field). */
  isQuiet?: boolean;
}

const SERIOUS_KINDS: ReadonlySet<string> = new Set(['unavailable', 'quota', 'version-change', 'blocked']);
/** Kinds a later successful write proves over: the disk had room again, or it was a passing fault. */
const RECOVERABLE_KINDS: ReadonlySet<string> = new Set(['quota', 'unknown']);

/** Runs one command for the UI; never rejects. */
export async function runUiCommand<N extends CommandName>(
  name: N,
  input: CommandInput<N>,
  options: RunOptions<N> = {},
): Promise<CommandResult<N>> {
  try {
    const value = await runCommand(name, input);
    const { storage } = useUiStore.getState();
    if (storage.state !== 'ok' && RECOVERABLE_KINDS.has(storage.state)) setStorageHealth({ state: 'ok' });
    const message = typeof options.success === 'function' ? options.success(value) : options.success;
    if (message) showToast(message, 'success');
    void requestPersistentStorage();
    return { ok: true, value };
  } catch (error) {
    if (error instanceof InvalidInputError) {
      if (!options.isQuiet) showToast(`Not saved: ${error.message}`, 'error');
      return { ok: false, kind: 'invalid', message: error.message, field: error.field };
    }
    const failure = classifyStorageError(error);
    if (SERIOUS_KINDS.has(failure.kind)) setStorageHealth({ state: failure.kind as 'quota', message: failure.message });
    showToast(failure.message.startsWith('Not saved') ? failure.message : `Not saved: ${failure.message}`, 'error');
    return { ok: false, kind: failure.kind, message: failure.message, field: null };
  }
}

/** The runner, for components. A module function, so the same one on every render. */
export function useCommand(): typeof runUiCommand {
  return runUiCommand;
}
