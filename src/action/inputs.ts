// The Action's inputs (action.yml), read once and checked, so that a bad value fails the step with
// a message naming the input, before anything is built or run.

import type { FailOn } from '../compat/report.ts';
import { REPORT_FORMAT_NAMES, type ReportFormat } from '../render/formats.ts';
import type { ZeroMajor } from '../version/bump.ts';

export class InputError extends Error {
  override name = 'InputError';
}

/** Every input action.yml declares; anything else that reaches the step is a typo or a renamed input. */
export const INPUT_NAMES = [
  'command',
  'from',
  'to',
  'path',
  'config',
  'fail-on',
  'zero-major',
  'timeout',
  'install',
  'build',
  'pass-env',
  'url',
  'headers',
  'transport',
  'previous',
  'install-scripts',
  'report-path',
  'format',
  'github-token',
  'mode',
  'allow-fork-commands',
  // mode: ab-record (src/action/ab-record.ts)
  'ab-test',
  'ab-events',
  'ab-format',
] as const;

export const MODES = ['check', 'ab-record'] as const;
const FAIL_ON: readonly FailOn[] = ['under-bump', 'breaking', 'never'];
const ZERO_MAJOR: readonly ZeroMajor[] = ['caret', 'strict'];

export interface ActionInputs {
  mode: string;
  command?: string;
  from?: string;
  to?: string;
  path?: string;
  config: string;
  failOn?: FailOn;
  zeroMajor?: ZeroMajor;
  timeoutSeconds?: number;
  install?: string;
  build?: string;
  /** Names of variables of the step's environment passed to the server. */
  passEnv?: string[];
  url?: string;
  headers?: Record<string, string>;
  transport?: 'stdio' | 'http';
  previous?: 'tag' | 'registry';
  installScripts?: boolean;
  reportPath: string;
  format: ReportFormat;
  githubToken?: string;
  /** Run commands for a fork's pull request under pull_request_target (fork-guard.ts). */
  allowForkCommands: boolean;
}

/** How an input is read: `@actions/core`'s getInput, trimmed, '' when unset. */
export type InputReader = (name: string) => string;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T | undefined {
  if (value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`Input "${name}" must be one of ${allowed.join(', ')} (got "${value}").`);
  }
  return value as T;
}

/**
 * The names of inputs given to the step that action.yml does not declare. The runner passes every
 * `with:` key as an INPUT_<NAME> variable (upper-cased, hyphens kept) and only warns about unknown
 * ones, so a misspelt `fail_on:` would otherwise be ignored without a word.
 */
export function unknownInputs(env: Record<string, string | undefined>): string[] {
  const known = new Set(INPUT_NAMES.map((name) => `INPUT_${name.toUpperCase()}`));
  return Object.keys(env)
    .filter((key) => key.startsWith('INPUT_') && !known.has(key))
    .map((key) => key.slice('INPUT_'.length).toLowerCase())
    .sort();
}

export function readInputs(read: InputReader, env: Record<string, string | undefined>): ActionInputs {
  const unknown = unknownInputs(env);
  if (unknown.length > 0) {
    throw new InputError(
      `Unknown input${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}: this action takes ${INPUT_NAMES.join(', ')}.`,
    );
  }
  const optional = (name: string): string | undefined => read(name) || undefined;
  const timeout = read('timeout');
  let timeoutSeconds: number | undefined;
  if (timeout !== '') {
    timeoutSeconds = Number(timeout);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
      throw new InputError(`Input "timeout" must be a positive number of seconds (got "${timeout}").`);
    }
  }
  const reportPath = read('report-path') || 'mcpver-report.json';
  const installScripts = read('install-scripts');
  if (installScripts !== '' && installScripts !== 'true' && installScripts !== 'false') {
    throw new InputError(`Input "install-scripts" must be true or false (got "${installScripts}").`);
  }
  return {
    mode: oneOf('mode', read('mode'), MODES) ?? 'check',
    command: optional('command'),
    from: optional('from'),
    to: optional('to'),
    path: optional('path'),
    config: read('config') || '.github/mcpver.yml',
    failOn: oneOf('fail-on', read('fail-on'), FAIL_ON),
    zeroMajor: oneOf('zero-major', read('zero-major'), ZERO_MAJOR),
    timeoutSeconds,
    install: optional('install'),
    build: optional('build'),
    passEnv: passEnvInput(read('pass-env')),
    url: optional('url'),
    headers: headersInput(read('headers')),
    transport: oneOf('transport', read('transport'), ['stdio', 'http'] as const),
    previous: oneOf('previous', read('previous'), ['tag', 'registry'] as const),
    installScripts: installScripts === '' ? undefined : installScripts === 'true',
    reportPath,
    format: oneOf('format', read('format'), REPORT_FORMAT_NAMES) ?? 'json',
    githubToken: optional('github-token'),
    allowForkCommands: oneOf('allow-fork-commands', read('allow-fork-commands'), ['true', 'false'] as const) === 'true',
  };
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `TAVILY_API_KEY, OTHER` or one name a line → the names; anything else is an error naming it. */
export function passEnvInput(text: string): string[] | undefined {
  const names = text.split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) return undefined;
  const bad = names.find((name) => !ENV_NAME.test(name));
  // A value pasted in (NAME=secret) is never echoed: only what stands before the "=".
  if (bad)
    throw new InputError(
      `Input "pass-env" takes names of environment variables, comma- or newline-separated (got "${bad.includes('=') ? `${bad.split('=')[0]}=…` : bad}"); their values come from the step's env.`,
    );
  return names;
}

/** One `Name: value` a line → headers (`${NAME}` in a value is taken from pass-env). */
export function headersInput(text: string): Record<string, string> | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return undefined;
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0)
      throw new InputError(`Input "headers" takes one "Name: value" a line (got a line without a name and a colon).`);
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * The release a run checks when `to` is not given: the pushed tag on a tag push; on a pull request,
 * HEAD (the merge commit actions/checkout makes); otherwise the working tree.
 */
export function defaultTo(ref: string | undefined, eventName: string | undefined): string | undefined {
  if (ref?.startsWith('refs/tags/')) return ref.slice('refs/tags/'.length);
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'HEAD';
  return undefined;
}
