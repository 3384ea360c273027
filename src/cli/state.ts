// `mcpver state show|list|log`: read the state branch of a local repository (what the Action and
// the App stored: registry, snapshots, reports, rollback points, the audit log).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_PATH, parseConfig } from '../config.ts';
import { StateBranchError, StatePathError } from '../state/errors.ts';
import { LocalStateStore } from '../state/local-store.ts';
import type { AuditEntry } from '../state/types.ts';
import { EXIT, parse, UsageError } from './common.ts';
import { writeLine, type CliIo } from './io.ts';

export const stateHelp = `mcpver state <show|list|log> [options]
  show <path>        print one state file (e.g. registry.json, reports/pkg/1.0.0..2.0.0.json)
  list [prefix]      the state files, optionally under a folder prefix (snapshots/, reports/pkg/)
  log                the audit log, oldest first: when, who, what, which files
Options: --repo DIR (default .), --state-branch NAME (default: state.branch of .github/mcpver.yml,
  else mcpver/state), --month YYYY-MM (log: one month), --json (log: one JSON object per line)`;

async function stateBranch(root: string, given: string | undefined): Promise<string | undefined> {
  if (given) return given;
  try {
    return parseConfig(await readFile(path.join(root, CONFIG_PATH), 'utf8')).state.branch;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function formatEntry(entry: AuditEntry): string {
  return `${entry.at}  ${entry.actor}  ${entry.operation}  ${entry.message}  [${entry.paths.join(', ')}]`;
}

export async function stateCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runState(argv, io);
  } catch (error) {
    // The state errors' messages are written for people (src/cli/common.ts does not list them yet).
    if (error instanceof StateBranchError || error instanceof StatePathError) throw new UsageError(error.message);
    throw error;
  }
}

async function runState(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      repo: { type: 'string' },
      'state-branch': { type: 'string' },
      month: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  const [sub, ...rest] = positionals;
  if (values.help || sub === undefined) {
    io.stdout.write(`${stateHelp}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const root = path.resolve(values.repo ?? '.');
  const branch = await stateBranch(root, values['state-branch']);
  const store = new LocalStateStore({ cwd: root, ...(branch ? { branch } : {}) });
  const empty = async () => (await store.head()) === null;

  switch (sub) {
    case 'show': {
      const [file] = rest;
      if (!file || rest.length > 1)
        throw new UsageError('mcpver state show takes one state path, e.g. "mcpver state show registry.json".');
      const text = await store.read(file);
      if (text === null) {
        const why = (await empty())
          ? `the ${store.where} does not exist yet`
          : `no file "${file}" on the ${store.where}`;
        throw new UsageError(`${why} (see "mcpver state list").`);
      }
      writeLine(io.stdout, text);
      return EXIT.ok;
    }
    case 'list': {
      if (rest.length > 1) throw new UsageError('mcpver state list takes at most one prefix.');
      const files = await store.list(rest[0] ?? '');
      if (files.length === 0 && (await empty())) io.stderr.write(`mcpver: the ${store.where} does not exist yet.\n`);
      for (const file of files) io.stdout.write(`${file}\n`);
      return EXIT.ok;
    }
    case 'log': {
      if (values.month !== undefined && !/^\d{4}-\d{2}$/.test(values.month))
        throw new UsageError(`--month must look like 2026-11, not "${values.month}".`);
      const files = (await store.list('log/')).filter(
        (f) => f.endsWith('.ndjson') && (!values.month || f === `log/${values.month}.ndjson`),
      );
      for (const file of files) {
        const lines = ((await store.read(file)) ?? '').split('\n').filter(Boolean);
        lines.forEach((line, index) => {
          let entry: AuditEntry;
          try {
            entry = JSON.parse(line) as AuditEntry;
          } catch {
            throw new UsageError(`${file} line ${index + 1} on the ${store.where} is not JSON: ${line.slice(0, 80)}`);
          }
          io.stdout.write(values.json ? `${JSON.stringify(entry)}\n` : `${formatEntry(entry)}\n`);
        });
      }
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown state command "${sub}": use show, list or log.`);
  }
}
