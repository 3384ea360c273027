// The `mcpver` command line: one dispatcher; each command lives in src/cli/<command>.ts.

// First: it sets how V8 optimizes before the compiler is loaded.
import './tiering.ts';
import { readFileSync } from 'node:fs';
import { EXIT, reportError } from './cli/common.ts';

type Command = (argv: string[]) => Promise<number>;

// Each command is loaded when it runs: `mcpver ab proxy` starts where an MCP client waits for it,
// and must not first load the TypeScript compiler that `check` needs.
const commands: Record<string, { run: Command; summary: string }> = {
  check: { run: async (argv) => (await import('./cli/check.ts')).checkCommand(argv), summary: 'check that a release is versioned right (snapshot, diff, verdict)' },
  snapshot: { run: async (argv) => (await import('./cli/snapshot.ts')).snapshotCommand(argv), summary: 'write the Snapshot of one version' },
  diff: { run: async (argv) => (await import('./cli/diff.ts')).diffCommand(argv), summary: 'diff two snapshots or MCP list captures' },
  rules: { run: async (argv) => (await import('./cli/rules.ts')).rulesCommand(argv), summary: 'list the rules mcpver checks' },
  migrate: { run: async (argv) => (await import('./cli/migrate.ts')).migrateCommand(argv), summary: 'plan or apply the migration of a dependent to a new release' },
  rollback: { run: async (argv) => (await import('./cli/rollback.ts')).rollbackCommand(argv), summary: 'list, make, verify, prune and restore rollback points' },
  state: { run: async (argv) => (await import('./cli/state.ts')).stateCommand(argv), summary: 'read the state branch: show a file, list files, print the audit log' },
  ab: {
    // The proxy goes straight to its own module: it must not load the analysis to start.
    run: async (argv) => (argv[0] === 'proxy' ? (await import('./cli/ab-proxy.ts')).abProxyCommand(argv.slice(1)) : (await import('./cli/ab.ts')).abCommand(argv)),
    summary: 'A/B tests between two versions: start, record events, analyze, status, stop, proxy',
  },
};

function version(): string {
  // The bundle sits in dist/cli/, the sources in src/: package.json is two or one levels up.
  for (const candidate of ['../../package.json', '../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      continue;
    }
  }
  return 'unknown';
}

async function usage(): Promise<string> {
  const [{ checkHelp }, { snapshotHelp }, { diffHelp }] = await Promise.all([import('./cli/check.ts'), import('./cli/snapshot.ts'), import('./cli/diff.ts')]);
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

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${await usage()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`mcpver: unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    return reportError(error);
  }
}

process.exitCode = await main(process.argv.slice(2));
