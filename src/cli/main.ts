// The `mcpver` command line: one dispatcher; each command lives in src/cli/<command>.ts. The
// process entry (src/cli.ts) and the tests both call runCli, with their own streams.

import { readFileSync } from 'node:fs';
import { EXIT, reportError } from './common.ts';
import type { CliIo } from './io.ts';

type Command = (argv: string[], io: CliIo) => Promise<number>;

// Each command is loaded when it runs: `mcpver ab proxy` starts where an MCP client waits for it,
// and must not first load the TypeScript compiler that `check` needs.
const commands: Record<string, { run: Command; summary: string }> = {
  check: {
    run: async (argv, io) => (await import('./check.ts')).checkCommand(argv, io),
    summary: 'check that a release is versioned right (snapshot, diff, verdict)',
  },
  snapshot: {
    run: async (argv, io) => (await import('./snapshot.ts')).snapshotCommand(argv, io),
    summary: 'write the Snapshot of one version',
  },
  diff: {
    run: async (argv, io) => (await import('./diff.ts')).diffCommand(argv, io),
    summary: 'diff two snapshots or MCP list captures',
  },
  rules: {
    run: async (argv, io) => (await import('./rules.ts')).rulesCommand(argv, io),
    summary: 'list the rules mcpver checks',
  },
  migrate: {
    run: async (argv, io) => (await import('./migrate.ts')).migrateCommand(argv, io),
    summary: 'plan or apply the migration of a dependent to a new release',
  },
  rollback: {
    run: async (argv, io) => (await import('./rollback.ts')).rollbackCommand(argv, io),
    summary: 'list, make, verify, prune and restore rollback points',
  },
  state: {
    run: async (argv, io) => (await import('./state.ts')).stateCommand(argv, io),
    summary: 'read the state branch: show a file, list files, print the audit log',
  },
  ab: {
    // The proxy goes straight to its own module: it must not load the analysis to start.
    run: async (argv, io) =>
      argv[0] === 'proxy'
        ? (await import('./ab-proxy.ts')).abProxyCommand(argv.slice(1), io)
        : (await import('./ab.ts')).abCommand(argv, io),
    summary: 'A/B tests between two versions: start, record events, analyze, status, stop, proxy',
  },
};

function version(): string {
  // The bundle sits in dist/cli/, this file in src/cli/: package.json is two levels up from both. The
  // path is not a literal in `new URL(…)`, which the bundler would copy into dist/ as an asset.
  for (const candidate of ['../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      continue;
    }
  }
  return 'unknown';
}

async function usage(): Promise<string> {
  const [{ checkHelp }, { snapshotHelp }, { diffHelp }] = await Promise.all([
    import('./check.ts'),
    import('./snapshot.ts'),
    import('./diff.ts'),
  ]);
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    'mcpver — semantic versioning for MCP servers',
    '',
    'Usage: mcpver <command> [options]   (mcpver <command> --help for its options)',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    checkHelp,
    '',
    snapshotHelp,
    '',
    diffHelp,
  ].join('\n');
}

/** Runs one command line (`argv` without node and the script) and hands its exit code to `exit`. */
export async function runCli(argv: string[], io: CliIo, exit: (code: number) => void): Promise<void> {
  exit(await dispatch(argv, io));
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(`${await usage()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`mcpver: unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, (text) => io.stderr.write(text));
  }
}
