// Run the Action the way a GitHub runner does: `node dist/action/index.js` in the checkout, with
// INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the event's GITHUB_REF.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * What action.yml runs. MCPVER_ACTION_ENTRY=src/action/index.ts runs the sources instead, for
 * working on the Action before rebuilding the bundle; the suite as committed runs the bundle.
 */
export const ACTION_ENTRY = path.resolve(ROOT, process.env.MCPVER_ACTION_ENTRY ?? 'dist/action/index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The `::error …::` and `::warning …::` workflow commands on stdout. */
  annotations: Array<{ level: string; properties: Record<string, string>; message: string }>;
}

export interface ActionRunOptions {
  /** The checkout (GITHUB_WORKSPACE and the working directory). */
  workspace: string;
  inputs?: Record<string, string>;
  ref?: string;
  eventName?: string;
  /** Extra environment, such as a misspelt INPUT_ variable. */
  env?: Record<string, string>;
}

/** `name<<ghadelimiter_…\nvalue\nghadelimiter_…` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** Workflow commands decode %25, %0D, %0A (and %3A, %2C in properties). */
const unescape = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = [];
  for (const match of stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)) {
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
    }
    found.push({ level: match[1]!, properties, message: unescape(match[3]!) });
  }
  return found;
}

/** Asynchronous, so that a GitHub API double served from this process can answer the Action meanwhile. */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const files = mkdtempSync(path.join(tmpdir(), 'mcpver-runner-'));
  try {
    const outputFile = path.join(files, 'output');
    const summaryFile = path.join(files, 'summary');
    // The runner creates both files before the step; @actions/core refuses to write to a missing one.
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && !/^(INPUT_|GITHUB_|RUNNER_)/.test(key)) env[key] = value;
    }
    Object.assign(env, {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REF: options.ref ?? 'refs/heads/main',
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      // What action.yml's defaults put in every run.
      INPUT_CONFIG: '.github/mcpver.yml',
      'INPUT_REPORT-PATH': 'mcpver-report.json',
      INPUT_FORMAT: 'json',
      INPUT_MODE: 'check',
      'INPUT_GITHUB-TOKEN': 'ghs_not_used_by_the_check',
    });
    for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
    Object.assign(env, options.env ?? {});
    // tsx by file URL: `--import tsx` would resolve from the workspace, which has no node_modules.
    const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
    const args = ACTION_ENTRY.endsWith('.ts') ? ['--import', tsx, ACTION_ENTRY] : [ACTION_ENTRY];
    const child = spawn(process.execPath, args, {
      cwd: options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (status) => resolve(status ?? -1));
    });
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      annotations: parseAnnotations(stdout),
    };
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}
