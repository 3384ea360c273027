// What every CLI command shares: exit codes, argument parsing, and turning errors into messages.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isUserError } from '../errors.ts';
import type { CliIo } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** 0: the release is fine; 1: the policy fails it; 2: the command could not do its job (usage or input). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function reportError(error: unknown, write: (text: string) => void = (t) => process.stderr.write(t)): number {
  const e = error as Error;
  if (isUserError(e)) {
    write(`mcpver: ${e.message}\n`);
  } else {
    write(`mcpver: unexpected error: ${e?.stack ?? String(error)}\n`);
  }
  return EXIT.usage;
}

/** node:util parseArgs, with unknown options and missing values turned into UsageErrors. */
export function parse<T extends Options>(
  argv: string[],
  options: T,
  allowPositionals = false,
): {
  values: ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: boolean }>>['values'];
  positionals: string[];
} {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true }) as never;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function useColor(noColor: boolean | undefined, io: CliIo): boolean {
  return !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;
}
