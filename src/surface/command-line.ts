// Turn the server command a user writes ("node build/index.js --port 'a b'") into an argv, without
// a shell: mcpver must own the server process itself, so that killing its pid ends the server.

import { parse } from 'shell-quote';
import { SnapshotError } from './errors.ts';

export interface CommandLine {
  /** The executable, looked up on PATH by the spawn. */
  file: string;
  args: string[];
  /** Leading `NAME=value` words, as a shell would put them in the command's environment. */
  env: Record<string, string>;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/**
 * Split a command into words with shell quoting rules (single and double quotes, backslashes).
 * `$NAME` is replaced from `env` (the variables the caller passes to the server); anything that
 * needs a real shell (pipes, `&&`, redirects, globs, an unset variable) is an error that says so.
 */
export function parseCommandLine(command: string, env: Record<string, string> = {}): CommandLine {
  const unset: string[] = [];
  const words = parse(command, (name: string) => {
    const value = env[name];
    if (value === undefined) unset.push(name);
    return value ?? '';
  });
  if (unset.length > 0) {
    throw new SnapshotError(
      `The server command "${command}" uses $${unset[0]}, which is not set in the server's environment (mcpver runs the command without a shell; pass the variable in env).`,
      { command },
    );
  }
  const strings: string[] = [];
  for (const word of words) {
    if (typeof word === 'string') {
      strings.push(word);
      continue;
    }
    const what =
      'comment' in word
        ? `a comment (#${word.comment.trimEnd()})`
        : word.op === 'glob'
          ? `a glob (${word.pattern})`
          : `"${word.op}"`;
    throw new SnapshotError(
      `The server command "${command}" contains ${what}, which needs a shell; mcpver starts the server directly so that it can stop it. Put it in a script and give the script's path, or quote the argument.`,
      { command },
    );
  }
  const assignments: Record<string, string> = {};
  while (strings.length > 0) {
    const match = ASSIGNMENT.exec(strings[0]!);
    if (!match) break;
    assignments[match[1]!] = match[2]!;
    strings.shift();
  }
  const [file, ...args] = strings;
  if (!file) throw new SnapshotError(`The server command "${command}" is empty.`, { command });
  return { file, args, env: assignments };
}
