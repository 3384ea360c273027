// Names and tag messages of rollback points: a deterministic id (so that making the same point twice
// is one point), and a `key: value` message that a person reads in `git show` and mcpver parses back.

import { ROLLBACK_TAG_PREFIX, RollbackError, type RollbackReason, type TagMetadata } from './types.ts';

const KEYS = ['id', 'package', 'version', 'commit', 'tree', 'created', 'expires', 'reason', 'note'] as const;
const REASONS: readonly RollbackReason[] = ['release', 'migration-merged', 'before-migration', 'manual'];
const MS_PER_DAY = 86_400_000;

/** `@acme/weather-mcp` → `acme-weather-mcp`: safe in a tag name, a branch name and a file name. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * The same package, version and commit always give the same id, so a redelivered release webhook
 * or a retried command finds the point it already made instead of making a second one.
 */
export function rollbackId(input: {
  package: string | null;
  version: string | null;
  commit: string;
  reason: RollbackReason;
}): string {
  const parts = [
    input.reason === 'release' ? null : input.reason,
    input.package ? slug(input.package) : 'repo',
    input.version ? `v${input.version}` : null,
    input.commit.slice(0, 12),
  ];
  return parts.filter((p): p is string => !!p).join('-');
}

export function rollbackTag(id: string): string {
  return `${ROLLBACK_TAG_PREFIX}${id}`;
}

export function isValidRollbackId(id: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*$/.test(id) && !id.includes('..') && !id.endsWith('.lock');
}

export function expiryOf(created: string, maxAgeDays: number): string {
  return new Date(Date.parse(created) + maxAgeDays * MS_PER_DAY).toISOString();
}

export function formatTagMessage(meta: TagMetadata): string {
  const lines = KEYS.map((key) => `${key}: ${meta[key] ?? ''}`);
  return `mcpver rollback point ${meta.id}\n\n${lines.join('\n')}\n`;
}

/** The metadata of a tag message, or a RollbackError naming the tag and what is missing. */
export function parseTagMessage(tag: string, message: string): TagMetadata {
  const values = new Map<string, string>();
  for (const line of message.split('\n')) {
    const colon = line.indexOf(': ');
    const key = colon > 0 ? line.slice(0, colon) : line.endsWith(':') ? line.slice(0, -1) : '';
    if ((KEYS as readonly string[]).includes(key)) values.set(key, colon > 0 ? line.slice(colon + 2).trim() : '');
  }
  const missing = ['id', 'commit', 'tree', 'created', 'reason'].filter((k) => !values.get(k));
  if (missing.length > 0)
    throw new RollbackError(`The tag ${tag} is not a rollback point: its message lacks ${missing.join(', ')}.`);
  const reason = values.get('reason') as RollbackReason;
  if (!REASONS.includes(reason)) throw new RollbackError(`The tag ${tag} has an unknown reason "${reason}".`);
  const orNull = (key: string) => values.get(key) || null;
  return {
    id: values.get('id')!,
    package: orNull('package'),
    version: orNull('version'),
    commit: values.get('commit')!,
    tree: values.get('tree')!,
    created: values.get('created')!,
    expires: orNull('expires'),
    reason,
    note: values.get('note') ?? '',
  };
}
