// `.github/mcpver.yml`: one configuration for the Action, the App and the CLI, validated by one
// JSON Schema so that an unknown key or a bad value is an error that names the key and the file.

import type { ErrorObject } from 'ajv';
import { lazyValidator } from './lazy-validator.ts';
import { parseDocument } from 'yaml';
import type { FailOn, PoisoningPolicy } from './compat/report.ts';
import { ruleOptionProblems } from './compat/rule-options.ts';
import type { ZeroMajor } from './version/bump.ts';
import { DEFAULT_TAG_PATTERN } from './version/tags.ts';

export const CONFIG_PATH = '.github/mcpver.yml';
import { DEFAULT_STATE_BRANCH } from './state/default-branch.ts';

export { DEFAULT_STATE_BRANCH };
/** How long a server may take to start and answer its list calls before it counts as hung. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
/** OpenRouter's OpenAI-compatible endpoint: the default for the optional advice paragraphs. */
export const DEFAULT_AI_BASE_URL = 'https://openrouter.ai/api/v1';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type SurfaceMode = 'auto' | 'runtime' | 'static';
export type PreviousSource = 'tag' | 'registry';
/** `install: none`: never install, not even from the lockfile. */
export const INSTALL_NONE = 'none';
const ENV_NAME = '^[A-Za-z_][A-Za-z0-9_]*$';

export interface PackageConfig {
  /** How the package is named in state and reports; defaults to its package.json name. */
  id?: string;
  /** The package root, relative to the repository root. */
  path: string;
  /** The command that starts the server over stdio, run in the package root. */
  command?: string;
  /** Extra environment for the server command (never secrets in this file: use the workflow's env). */
  env: Record<string, string>;
  /** Names of variables passed from mcpver's environment to the server (API keys from secrets). */
  passEnv: string[];
  /** stdio, or streamable HTTP at `url` (started by `command`, or a server already running). */
  transport: 'stdio' | 'http';
  url?: string;
  /** HTTP headers for a server over HTTP; `${NAME}` in a value is taken from pass-env. */
  headers: Record<string, string>;
  /** A shell command; absent: derived from the lockfile when a version must run; `none`: never. */
  install?: string;
  /** Whether installs run lifecycle scripts (postinstall, prepare); off unless the config says so. */
  installScripts: boolean;
  build?: string;
  /** Where the previous release's snapshot comes from after the state branch: its tag, or the npm registry. */
  previous: PreviousSource;
  tagPattern: string;
  surface: SurfaceMode;
  timeoutSeconds: number;
  /** Whether to read the exported TypeScript API. */
  typescript: boolean;
}

export interface Config {
  packages: PackageConfig[];
  policy: { failOn: FailOn; zeroMajor: ZeroMajor; rules: Record<string, unknown>; poisoning: PoisoningPolicy };
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
    'pass-env': { type: 'array', items: { type: 'string', pattern: ENV_NAME } },
    transport: { enum: ['stdio', 'http'] },
    url: { type: 'string', pattern: '^https?://' },
    headers: { type: 'object', additionalProperties: { type: 'string' } },
    install: { type: 'string' },
    'install-scripts': { type: 'boolean' },
    build: { type: 'string' },
    previous: { enum: ['tag', 'registry'] },
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
        poisoning: { enum: ['warn', 'fail', 'off'] },
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
      properties: {
        targets: { type: 'array', items: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$' } },
        label: { type: 'string' },
      },
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

/**
 * Aliases expanded at most when a YAML document is turned into values: a few nested aliases can
 * stand for billions of nodes (the "billion laughs"), which yaml refuses past this count.
 */
export const MAX_YAML_ALIAS_COUNT = 100;

/** A parsed YAML document's value, or the error `make` builds naming the file and the alias limit. */
export function toJs(
  document: { toJS(options: { maxAliasCount: number }): unknown },
  file: string,
  make: (message: string) => Error,
): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw make(
        `${file}: its YAML aliases expand to more than ${MAX_YAML_ALIAS_COUNT} copies (a resource exhaustion pattern); write the values out or use fewer aliases.`,
      );
    }
    throw make(`${file}: ${(error as Error).message}`);
  }
}

/** Parse and validate the YAML text of a config file; `file` names it in errors. */
export function parseConfig(text: string, file: string = CONFIG_PATH): Config {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const where = first.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
    throw new ConfigError(`${file}${where}: not valid YAML: ${first.message.split('\n')[0]}`);
  }
  const raw: unknown = toJs(document, file, (message) => new ConfigError(message)) ?? {};
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
  const ruleProblems = ruleOptionProblems(
    (raw as { policy?: { rules?: Record<string, unknown> } }).policy?.rules ?? {},
  );
  if (ruleProblems.length > 0) throw new ConfigError(`${file}: ${ruleProblems.join('; ')}.`);
  const config = normalize(raw as Record<string, any>);
  config.packages.forEach((pkg, index) => {
    const key = `packages[${index}]`;
    if (pkg.transport === 'http' && !pkg.url) {
      throw new ConfigError(
        `${file}: "${key}.transport" is http but "${key}.url" is missing: give the URL the server listens at (for example http://127.0.0.1:3000/mcp).`,
      );
    }
    if (pkg.transport === 'stdio' && pkg.url) {
      throw new ConfigError(
        `${file}: "${key}.url" is for a server over HTTP, but "${key}.transport" is stdio: remove one of them.`,
      );
    }
    if (Object.keys(pkg.headers).length > 0 && !pkg.url) {
      throw new ConfigError(`${file}: "${key}.headers" are sent to a server over HTTP: give "${key}.url" too.`);
    }
  });
  return config;
}

function normalize(raw: Record<string, any>): Config {
  const packages: PackageConfig[] = (raw.packages ?? [{}]).map((p: Record<string, any>) => ({
    ...(p.id ? { id: p.id } : {}),
    path: p.path ?? '.',
    ...(p.command ? { command: p.command } : {}),
    env: p.env ?? {},
    passEnv: p['pass-env'] ?? [],
    transport: p.transport ?? (p.url ? 'http' : 'stdio'),
    ...(p.url ? { url: p.url } : {}),
    headers: p.headers ?? {},
    ...(p.install ? { install: p.install } : {}),
    installScripts: p['install-scripts'] ?? false,
    ...(p.build ? { build: p.build } : {}),
    previous: p.previous ?? 'tag',
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
      poisoning: raw.policy?.poisoning ?? 'warn',
    },
    state: { branch: raw.state?.branch ?? DEFAULT_STATE_BRANCH },
    comments: {
      release: raw.comments?.release ?? 'commit',
      reviewComments: raw.comments?.['review-comments'] ?? false,
    },
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
