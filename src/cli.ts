// The `mcpver` command line: one dispatcher; each command lives in src/cli/<command>.ts.

// First: it sets how V8 optimizes before the compiler is loaded.
import './tiering.ts';
import { readFileSync } from 'node:fs';
import { checkCommand, checkHelp } from './cli/check.ts';
import { EXIT, reportError } from './cli/common.ts';
import { diffCommand, diffHelp } from './cli/diff.ts';
import { rulesCommand } from './cli/rules.ts';
import { rollbackCommand } from './cli/rollback.ts';
import { abCommand } from './cli/ab.ts';
import { migrateCommand } from './cli/migrate.ts';
import { snapshotCommand, snapshotHelp } from './cli/snapshot.ts';
import { stateCommand } from './cli/state.ts';
import { cleanUpOnInterrupt } from './process/interrupt.ts';

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, { run: Command; summary: string }> = {
  check: { run: checkCommand, summary: 'check that a release is versioned right (snapshot, diff, verdict)' },
  snapshot: { run: snapshotCommand, summary: 'write the Snapshot of one version' },
  diff: { run: diffCommand, summary: 'diff two snapshots or MCP list captures' },
  rules: { run: rulesCommand, summary: 'list the rules mcpver checks' },
  migrate: { run: migrateCommand, summary: 'plan or apply the migration of a dependent to a new release' },
  rollback: { run: rollbackCommand, summary: 'list, make, verify, prune and restore rollback points' },
  state: { run: stateCommand, summary: 'read the state branch: show a file, list files, print the audit log' },
  ab: { run: abCommand, summary: 'A/B tests between two versions: start, record events, analyze, status, stop' },
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

function usage(): string {
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
    process.stdout.write(`${usage()}\n`);
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

cleanUpOnInterrupt((message) => process.stderr.write(`${message}\n`));
process.exitCode = await main(process.argv.slice(2));
