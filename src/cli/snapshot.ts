// `mcpver snapshot [--dir DIR | --ref REF] [--command CMD] [--out FILE]`: the Snapshot of one version.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Git } from '../git.ts';
import { takeSnapshot, takeSnapshotAtRef } from '../surface/snapshot.ts';
import { partReaders } from '../surface/readers.ts';
import { stableJson } from '../render/json.ts';
import { EXIT, parse, UsageError } from './common.ts';
import type { CliIo } from './io.ts';
import { DEFAULT_TIMEOUT_SECONDS } from '../config.ts';
import { stderrProgress } from './progress.ts';
import { envOption, headerOption, serverHelp, serverOptions, transportOption } from './server-options.ts';

export const snapshotHelp = `mcpver snapshot [--dir DIR | --ref REF] [--command CMD | --url URL] [--env NAME] [--path SUBDIR] [--timeout S] [--out FILE]
  Write the Snapshot (what one version promises) as JSON.
  --dir DIR       the package directory as it is on disk (default: .)
  --ref REF       the package at a git ref, checked out in a temporary worktree
  --path SUBDIR   with --ref: the package root inside the repository (default: .)
  --command CMD   start the server with CMD over stdio and list its tools, prompts and resources
  --static        read the MCP surface from the TypeScript source instead of starting the server
${serverHelp}
  --timeout S     seconds the server may take to answer (default ${DEFAULT_TIMEOUT_SECONDS})
  --out FILE      write to FILE instead of standard output`;

export async function snapshotCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {
    dir: { type: 'string' },
    ref: { type: 'string' },
    path: { type: 'string' },
    command: { type: 'string' },
    static: { type: 'boolean' },
    timeout: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...serverOptions,
  });
  if (values.help) {
    io.stdout.write(`${snapshotHelp}\n`);
    return EXIT.ok;
  }
  if (values.dir && values.ref) throw new UsageError('Give either --dir or --ref, not both.');
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError(`--timeout must be a positive number of seconds (got "${values.timeout}").`);
  const transport = transportOption(values.transport, values.url);
  const options = {
    command: values.command,
    transport,
    url: values.url,
    headers: headerOption(values.header),
    passEnv: envOption(values.env, io.env),
    installScripts: values['install-scripts'],
    timeoutMs: timeout * 1000,
    extraParts: partReaders({
      command: values.command,
      url: values.url,
      surface: values.static ? 'static' : 'auto',
      typescript: true,
    }),
    // Progress goes to stderr; when the snapshot itself goes to stdout, mcpver stays quiet.
    ...(values.out ? { progress: stderrProgress(io.stderr) } : {}),
  };
  const snapshot = values.ref
    ? await takeSnapshotAtRef(new Git(process.cwd()), values.ref, { ...options, path: values.path ?? '.' })
    : await takeSnapshot({ ...options, dir: path.resolve(values.dir ?? '.') });
  const text = stableJson(snapshot);
  if (values.out) await writeFile(values.out, text);
  else io.stdout.write(text);
  return EXIT.ok;
}
