/** What a command is: its input schema and the function that runs it (see ../commands.ts). */
import type * as v from 'valibot';

export interface CommandContext {
  /** Wall time of the write (epoch ms); tests pass a fixed one. */
  now: number;
}

export interface CommandSpec<S extends v.GenericSchema, R> {
  input: S;
  run: (input: v.InferOutput<S>, context: CommandContext) => Promise<R>;
}

export const command = <S extends v.GenericSchema, R>(
  input: S,
  run: (input: v.InferOutput<S>, context: CommandContext) => Promise<R>,
): CommandSpec<S, R> => ({ input, run });

/** The loose shape every group's table must fit. */
export type CommandGroup = Record<string, { input: v.GenericSchema; run: (input: never, context: CommandContext) => Promise<unknown> }>;
