// Runs this checkout's real CLI on a clone, as a maintainer would (`mcpver check --from A --to B
// --json`), and takes the snapshot of each end to see how its tools were read.

import path from 'node:path';
import { stringify } from 'yaml';
import { DEFAULT_TIMEOUT_SECONDS } from '../../src/config.ts';
import { Git } from '../../src/git.ts';
import { partReaders } from '../../src/surface/readers.ts';
import { takeSnapshotAtRef } from '../../src/surface/snapshot.ts';
import type { Snapshot } from '../../src/surface/types.ts';
import type { LabelledRepo } from './labels.ts';
import { run } from './processes.ts';
import type { Level, Outcome, ReportView, SideRead } from './score.ts';
import type { Workspace } from './workspace.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLI = [`--import`, import.meta.resolve('tsx'), path.join(ROOT, 'src', 'cli.ts')];

/** One check or snapshot may build and start a server: generous, but never unbounded. */
const RUN_TIMEOUT_MS = 20 * 60 * 1000;

/** What the value of an environment variable the label names is, when the evaluator's environment lacks it. */
const PLACEHOLDER_VALUE = 'mcpver-eval-placeholder';

export interface Mode {
  runtime: boolean;
}

/** Which options this checkout's CLI knows, so the script works before and after they land. */
export interface CliFeatures {
  checkEnv: boolean;
}

export async function cliFeatures(): Promise<CliFeatures> {
  const help = (await run(process.execPath, [...CLI, 'check', '--help'], { cwd: ROOT })).stdout;
  return { checkEnv: /--env\b/.test(help) };
}

function runtimeOf(repo: LabelledRepo, mode: Mode) {
  return mode.runtime && repo.runtime?.command ? repo.runtime : undefined;
}

/** The server's environment in runtime mode: each named variable from ours, or a placeholder. */
function serverEnv(repo: LabelledRepo, mode: Mode): Record<string, string> {
  const runtime = runtimeOf(repo, mode);
  return Object.fromEntries((runtime?.env ?? []).map((name) => [name, process.env[name] ?? PLACEHOLDER_VALUE]));
}

/**
 * The config a maintainer would commit: the package path and tag pattern; in runtime mode also the
 * command, install and build. It is written beside the clone, not into it.
 */
export async function writeConfig(
  workspace: Workspace,
  repo: LabelledRepo,
  tagPattern: string,
  mode: Mode,
  features: CliFeatures,
): Promise<string> {
  const runtime = runtimeOf(repo, mode);
  const pkg: Record<string, unknown> = { path: repo.path, 'tag-pattern': tagPattern };
  if (runtime) {
    pkg.command = runtime.command;
    if (runtime.install) pkg.install = runtime.install;
    if (runtime.build) pkg.build = runtime.build;
    // Without `--env`, the only way into the server's environment is the config's env map.
    if (!features.checkEnv && runtime.env.length > 0) pkg.env = serverEnv(repo, mode);
  }
  const name = `${repo.repo.replace('/', '+')}.${tagPattern.replace(/[^\w.-]/g, '_')}.${mode.runtime ? 'runtime' : 'static'}.yml`;
  return workspace.writeFile(name, stringify({ packages: [pkg] }));
}

/** `--env NAME` for each variable, the values in the child's own environment (never on its command line). */
function envArgs(repo: LabelledRepo, mode: Mode, supported: boolean): { args: string[]; env: NodeJS.ProcessEnv } {
  const values = serverEnv(repo, mode);
  if (!supported || Object.keys(values).length === 0) return { args: [], env: process.env };
  return { args: Object.keys(values).flatMap((name) => ['--env', name]), env: { ...process.env, ...values } };
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ''
  );
}

export async function checkPair(
  clone: string,
  config: string,
  from: string,
  to: string,
  repo: LabelledRepo,
  mode: Mode,
  features: CliFeatures,
): Promise<Outcome> {
  const { args, env } = envArgs(repo, mode, features.checkEnv);
  const result = await run(
    process.execPath,
    [...CLI, 'check', '--from', from, '--to', to, '--json', '--config', config, ...args],
    {
      cwd: clone,
      env,
      timeoutMs: RUN_TIMEOUT_MS,
    },
  );
  if (result.timedOut)
    return { kind: 'error', message: `mcpver check did not finish within ${RUN_TIMEOUT_MS / 60000} minutes` };
  // Exit 0 and 1 both print the report; 2 is a usage or input error with a message on stderr.
  if (result.code === 0 || result.code === 1) {
    try {
      const report = JSON.parse(result.stdout) as ReportView;
      return {
        kind: 'report',
        report: {
          ...report,
          required: report.required as Level,
          changes: report.changes ?? [],
          warnings: report.warnings ?? [],
        },
      };
    } catch {
      // Fall through: not a report.
    }
  }
  return { kind: 'error', message: firstLine(result.stderr) || firstLine(result.stdout) || `exit code ${result.code}` };
}

/**
 * How the MCP surface of one release reads: the snapshot `mcpver snapshot --ref` takes of it, with the
 * same part readers and settings. Taken in this process: a separate CLI per release would double the
 * cost of the evaluation for the same answer.
 */
export async function readSide(clone: string, tag: string, repo: LabelledRepo, mode: Mode): Promise<SideRead> {
  const runtime = runtimeOf(repo, mode);
  let snapshot: Snapshot;
  try {
    snapshot = await takeSnapshotAtRef(new Git(clone), tag, {
      path: repo.path,
      timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
      extraParts: partReaders({ command: runtime?.command, surface: 'auto', typescript: true }),
      ...(runtime
        ? { command: runtime.command, install: runtime.install, build: runtime.build, env: serverEnv(repo, mode) }
        : {}),
    });
  } catch (error) {
    return { how: 'error', tools: null, prompts: null, warnings: 0, firstWarning: firstLine((error as Error).message) };
  }
  const warnings = snapshot.provenance.warnings.filter((w) => w.part === 'mcp');
  const reading = snapshot.provenance.mcpReading;
  const hiding = reading?.gaps.filter((g) => g.hidesItems) ?? [];
  const facts = {
    warnings: warnings.length,
    // The gap that may hide tools is the one worth showing first.
    firstWarning: hiding[0]?.message ?? warnings[0]?.message,
    ...(reading ? { reading: reading.status, hidingGaps: hiding.length } : {}),
  };
  if (!snapshot.mcp || reading?.status === 'unread') {
    return { how: 'unread', tools: snapshot.mcp ? snapshot.mcp.tools.length : null, prompts: null, ...facts };
  }
  // Tools that live in a dependency: read statically from the version its lockfile pins.
  const dependencies = (snapshot.provenance.mcpDependencies ?? []).map((d) => d.name);
  const how = `${snapshot.provenance.mcp ?? 'unknown'}${dependencies.length ? ` + dependency ${dependencies.join(', ')}` : ''}`;
  return { how, tools: snapshot.mcp.tools.length, prompts: snapshot.mcp.prompts.length, ...facts };
}
