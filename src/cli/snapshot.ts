// `mcpver snapshot [--dir DIR | --ref REF] [--command CMD] [--out FILE]`: the Snapshot of one version.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_TIMEOUT_SECONDS } from '../defaults.ts';
import { EXIT, parse, UsageError } from './common.ts';

export const snapshotHelp = `mcpver snapshot [--dir DIR | --ref REF] [--command CMD] [--path SUBDIR] [--timeout S] [--out FILE]
  Write the Snapshot (what one version promises) as JSON.
  --dir DIR       the package directory as it is on disk (default: .)
  --ref REF       the package at a git ref, checked out in a temporary worktree
  --path SUBDIR   with --ref: the package root inside the repository (default: .)
  --command CMD   start the server with CMD over stdio and list its tools, prompts and resources
  --static        read the MCP surface from the TypeScript source instead of starting the server
  --timeout S     seconds the server may take to answer (default ${DEFAULT_TIMEOUT_SECONDS})
  --out FILE      write to FILE instead of standard output`;

export async function snapshotCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    dir: { type: 'string' },
    ref: { type: 'string' },
    path: { type: 'string' },
    command: { type: 'string' },
    static: { type: 'boolean' },
    timeout: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${snapshotHelp}\n`);
    return EXIT.ok;
  }
  if (values.dir && values.ref) throw new UsageError('Give either --dir or --ref, not both.');
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError(`--timeout must be a positive number of seconds (got "${values.timeout}").`);
  // Loaded when the command runs, not when mcpver starts: the other commands need none of it.
  const [{ Git }, { takeSnapshot, takeSnapshotAtRef }, { partReaders }, { stableJson }] = await Promise.all([
    import('../git.ts'),
    import('../surface/snapshot.ts'),
    import('../surface/readers.ts'),
    import('../render/json.ts'),
  ]);
  const options = {
    command: values.command,
    timeoutMs: timeout * 1000,
    extraParts: partReaders({ command: values.command, surface: values.static ? 'static' : 'auto', typescript: true }),
  };
  const snapshot = values.ref
    ? await takeSnapshotAtRef(new Git(process.cwd()), values.ref, { ...options, path: values.path ?? '.' })
    : await takeSnapshot({ ...options, dir: path.resolve(values.dir ?? '.') });
  const text = stableJson(snapshot);
  if (values.out) await writeFile(values.out, text);
  else process.stdout.write(text);
  return EXIT.ok;
}
