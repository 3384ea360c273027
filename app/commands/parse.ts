// Reading a slash command out of a comment: only the first line counts, only `/mcpver <sub> [args]`,
// with "quoted arguments" kept together, as slash-command-dispatch does.

export const COMMAND_PREFIX = '/mcpver';

export interface ParsedCommand {
  name: string | null;
  args: string[];
  /** The first line as written, quoted back in the reply. */
  line: string;
}

/** The command on the comment's first line, or null when the first line is not an mcpver command. */
export function parseCommand(body: string | null | undefined): ParsedCommand | null {
  const line = (body ?? '')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]!
    .trim();
  if (line !== COMMAND_PREFIX && !line.startsWith(`${COMMAND_PREFIX} `) && !line.startsWith(`${COMMAND_PREFIX}\t`))
    return null;
  const words = [...line.slice(COMMAND_PREFIX.length).matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
  const [name, ...args] = words;
  return { name: name?.toLowerCase() ?? null, args, line };
}
