// `.github/mcpver.yml`: one configuration for the Action, the App and the CLI, validated by one
// JSON Schema so that an unknown key or a bad value is an error that names the key and the file.

import type { ErrorObject } from 'ajv';
import { lazyValidator } from './lazy-validator.ts';
import { parseDocument } from 'yaml';
import type { FailOn } from './compat/report.ts';
import { ruleOptionProblems } from './compat/rule-options.ts';
import type { ZeroMajor } from './version/bump.ts';
import { DEFAULT_TAG_PATTERN } from './version/tags.ts';

import { CONFIG_PATH, DEFAULT_AI_BASE_URL, DEFAULT_STATE_BRANCH, DEFAULT_TIMEOUT_SECONDS } from './defaults.ts';

export { CONFIG_PATH, DEFAULT_AI_BASE_URL, DEFAULT_STATE_BRANCH, DEFAULT_TIMEOUT_SECONDS };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type SurfaceMode = 'auto' | 'runtime' | 'static';

export interface PackageConfig {
  /** How the package is named in state and reports; defaults to its package.json name. */
  id?: string;
  /** The package root, relative to the repository root. */
  path: string;
  /** The command that starts the server over stdio, run in the package root. */
  command?: string;
  /** Extra environment for the server command (never secrets in this file: use the workflow's env). */
  env: Record<string, string>;
  install?: string;
  build?: string;
  tagPattern: string;
  surface: SurfaceMode;
  timeoutSeconds: number;
  /** Whether to read the exported TypeScript API. */
  typescript: boolean;
}

export interface Config {
  packages: PackageConfig[];
  policy: { failOn: FailOn; zeroMajor: ZeroMajor; rules: Record<string, unknown> };
  state: { branch: string };
  comments: { release: 'commit' | 'release' | 'none'; reviewComments: boolean };
  rollback: { maxCount: number; maxAgeDays: number; onRelease: boolean };
  migrate: { targets: string[]; label: string };
  watch: Array<{ package: string; repo?: string }>;
  ab: { confidence: number; minSampleSize: number; tests: Array<Record<string, unknown>> };
  ai: { enabled: boolean; baseUrl: string; model: string; apiKeyEnv: string; timeoutSeconds: number };
}

const packageSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1 },
    path: { type: 'string', minLength: 1 },
    command: { type: 'string', minLength: 1 },
    env: { type: 'object', additionalProperties: { type: 'string' } },
    install: { type: 'string' },
    build: { type: 'string' },
    'tag-pattern': { type: 'string', pattern: '\\*' },
    surface: { enum: ['auto', 'runtime', 'static'] },
    timeout: { type: 'number', exclusiveMinimum: 0 },
    typescript: { type: 'boolean' },
  },
} as const;

/** The schema of the YAML file, with its kebab-case keys. */
export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    packages: { type: 'array', items: packageSchema },
    policy: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'fail-on': { enum: ['under-bump', 'breaking', 'never'] },
        'zero-major': { enum: ['caret', 'strict'] },
        rules: { type: 'object' },
      },
    },
    state: { type: 'object', additionalProperties: false, properties: { branch: { type: 'string', minLength: 1 } } },
    comments: {
      type: 'object',
      additionalProperties: false,
      properties: { release: { enum: ['commit', 'release', 'none'] }, 'review-comments': { type: 'boolean' } },
    },
    rollback: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'max-count': { type: 'integer', minimum: 1 },
        'max-age-days': { type: 'number', exclusiveMinimum: 0 },
        'on-release': { type: 'boolean' },
      },
    },
    migrate: {
      type: 'object',
      additionalProperties: false,
      properties: { targets: { type: 'array', items: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$' } }, label: { type: 'string' } },
    },
    watch: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['package'],
        properties: { package: { type: 'string', minLength: 1 }, repo: { type: 'string' } },
      },
    },
    ab: {
      type: 'object',
      additionalProperties: false,
      properties: {
        confidence: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
        'min-sample-size': { type: 'integer', minimum: 2 },
        tests: { type: 'array', items: { type: 'object' } },
      },
    },
    ai: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean' },
        'base-url': { type: 'string' },
        model: { type: 'string' },
        'api-key-env': { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
        timeout: { type: 'number', exclusiveMinimum: 0 },
      },
    },
  },
} as const;

const validate = lazyValidator(configSchema, { allErrors: true, strict: false });

/** `/policy/fail-on` → `policy.fail-on`; `/packages/0/command` → `packages[0].command`. */
function keyPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (extra) parts.push(extra);
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function describeError(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = keyPath(error.instancePath, String(error.params.additionalProperty));
      return `unknown key "${key}"`;
    }
    case 'enum':
      return `"${keyPath(error.instancePath)}" must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `"${keyPath(error.instancePath) || '(top level)'}" ${error.message ?? 'is invalid'}`;
  }
}

/** The configuration when there is no file: one package at the repository root. */
export function defaultConfig(): Config {
  return normalize({});
}

/** Parse and validate the YAML text of a config file; `file` names it in errors. */
export function parseConfig(text: string, file: string = CONFIG_PATH): Config {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const where = first.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
    throw new ConfigError(`${file}${where}: not valid YAML: ${first.message.split('\n')[0]}`);
  }
  const raw: unknown = document.toJS() ?? {};
  return validateConfig(raw, file);
}

/** Validate an already-parsed config object (the App gets one from `context.config`). */
export function validateConfig(raw: unknown, file: string = CONFIG_PATH): Config {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${file}: the configuration must be a mapping of keys to values.`);
  }
  if (!validate(raw)) {
    const problems = (validate.errors ?? []).map(describeError);
    throw new ConfigError(`${file}: ${[...new Set(problems)].join('; ')}.`);
  }
  const ruleProblems = ruleOptionProblems((raw as { policy?: { rules?: Record<string, unknown> } }).policy?.rules ?? {});
  if (ruleProblems.length > 0) throw new ConfigError(`${file}: ${ruleProblems.join('; ')}.`);
  return normalize(raw as Record<string, any>);
}

function normalize(raw: Record<string, any>): Config {
  const packages: PackageConfig[] = (raw.packages ?? [{}]).map((p: Record<string, any>) => ({
    ...(p.id ? { id: p.id } : {}),
    path: p.path ?? '.',
    ...(p.command ? { command: p.command } : {}),
    env: p.env ?? {},
    ...(p.install ? { install: p.install } : {}),
    ...(p.build ? { build: p.build } : {}),
    tagPattern: p['tag-pattern'] ?? DEFAULT_TAG_PATTERN,
    surface: p.surface ?? 'auto',
    timeoutSeconds: p.timeout ?? DEFAULT_TIMEOUT_SECONDS,
    typescript: p.typescript ?? true,
  }));
  return {
    packages,
    policy: {
      failOn: raw.policy?.['fail-on'] ?? 'under-bump',
      zeroMajor: raw.policy?.['zero-major'] ?? 'caret',
      rules: raw.policy?.rules ?? {},
    },
    state: { branch: raw.state?.branch ?? DEFAULT_STATE_BRANCH },
    comments: { release: raw.comments?.release ?? 'commit', reviewComments: raw.comments?.['review-comments'] ?? false },
    rollback: {
      maxCount: raw.rollback?.['max-count'] ?? 20,
      maxAgeDays: raw.rollback?.['max-age-days'] ?? 180,
      onRelease: raw.rollback?.['on-release'] ?? true,
    },
    migrate: { targets: raw.migrate?.targets ?? [], label: raw.migrate?.label ?? 'mcpver' },
    watch: raw.watch ?? [],
    ab: {
      confidence: raw.ab?.confidence ?? 0.95,
      minSampleSize: raw.ab?.['min-sample-size'] ?? 100,
      tests: raw.ab?.tests ?? [],
    },
    ai: {
      enabled: raw.ai?.enabled ?? false,
      baseUrl: raw.ai?.['base-url'] ?? DEFAULT_AI_BASE_URL,
      model: raw.ai?.model ?? 'openai/gpt-4o-mini',
      apiKeyEnv: raw.ai?.['api-key-env'] ?? 'OPENROUTER_API_KEY',
      timeoutSeconds: raw.ai?.timeout ?? 20,
    },
  };
}
