// The labelled corpus of real MCP server repositories (test/real-repos/<owner>__<name>.yml): which
// release pairs to check and the bump a person read from each diff. Parsing is strict so that a typo
// in a label file is an error naming the file and the key, never a silently skipped pair.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export type Bump = 'major' | 'minor' | 'patch';

/** One end of a pair: a release commit, and the tag it carries (or gets, when the project does not tag). */
export interface PairEnd {
  /** The project's own tag, or null when the release was never tagged. */
  ref: string | null;
  commit: string;
  version: string;
}

export interface LabelledPair {
  /** `owner/name from..to`, for filters and messages. */
  id: string;
  from: PairEnd;
  to: PairEnd;
  /** The release tag pattern for this pair when it differs from the package's. */
  tagPattern: string;
  /** The bump the MCP surface requires, read from the diff. */
  bump: Bump;
  changes: string[];
  why: string;
}

export interface RuntimeHints {
  install?: string;
  build?: string;
  command?: string;
  /** Names of environment variables the server needs to start (values are never stored). */
  env: string[];
  notes?: string;
}

export interface LabelledRepo {
  /** `owner/name` on GitHub. */
  repo: string;
  file: string;
  path: string;
  name?: string;
  manager: string;
  tagPattern: string;
  style: string;
  runtime?: RuntimeHints;
  pairs: LabelledPair[];
}

export class LabelError extends Error {
  override name = 'LabelError';
}

const BUMPS: readonly Bump[] = ['major', 'minor', 'patch'];
const SHA = /^[0-9a-f]{40}$/;

type Node = Record<string, unknown>;

function object(value: unknown, where: string): Node {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new LabelError(`${where} must be a mapping.`);
  return value as Node;
}

function text(node: Node, key: string, where: string, optional = false): string | undefined {
  const value = node[key];
  if (value === undefined || value === null) {
    if (optional) return undefined;
    throw new LabelError(`${where}.${key} is missing.`);
  }
  // YAML reads 1.10 as a number; versions and tags are strings.
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '')
    throw new LabelError(`${where}.${key} must be a non-empty string.`);
  return value;
}

function strings(node: Node, key: string, where: string): string[] {
  const value = node[key] ?? [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw new LabelError(`${where}.${key} must be a list of strings.`);
  return value as string[];
}

function only(node: Node, keys: readonly string[], where: string): void {
  const unknown = Object.keys(node).filter((k) => !keys.includes(k));
  if (unknown.length > 0)
    throw new LabelError(
      `${where} has unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${keys.join(', ')}).`,
    );
}

function end(value: unknown, where: string): PairEnd {
  const node = object(value, where);
  only(node, ['ref', 'commit', 'version'], where);
  const commit = text(node, 'commit', where)!;
  if (!SHA.test(commit))
    throw new LabelError(`${where}.commit must be a full 40-character commit SHA (got "${commit}").`);
  return { ref: text(node, 'ref', where, true) ?? null, commit, version: text(node, 'version', where)! };
}

/** Parse one label file's text; `file` names it in errors. */
export function parseLabels(source: string, file: string): LabelledRepo {
  let doc: unknown;
  try {
    doc = parse(source);
  } catch (error) {
    throw new LabelError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const root = object(doc, file);
  only(root, ['repo', 'package', 'pairs'], file);
  const repo = text(root, 'repo', file)!;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new LabelError(`${file}: repo must be "owner/name" (got "${repo}").`);
  const pkgWhere = `${file}: package`;
  const pkg = object(root.package, pkgWhere);
  only(pkg, ['path', 'name', 'manager', 'tag-pattern', 'style', 'runtime'], pkgWhere);
  const tagPattern = text(pkg, 'tag-pattern', pkgWhere)!;
  let runtime: RuntimeHints | undefined;
  if (pkg.runtime !== undefined) {
    const where = `${pkgWhere}.runtime`;
    const r = object(pkg.runtime, where);
    only(r, ['install', 'build', 'command', 'env', 'notes'], where);
    runtime = {
      install: text(r, 'install', where, true),
      build: text(r, 'build', where, true),
      command: text(r, 'command', where, true),
      env: strings(r, 'env', where),
      notes: text(r, 'notes', where, true),
    };
  }
  if (!Array.isArray(root.pairs) || root.pairs.length === 0)
    throw new LabelError(`${file}: pairs must be a non-empty list.`);
  const pairs = root.pairs.map((value, i): LabelledPair => {
    const where = `${file}: pairs[${i}]`;
    const node = object(value, where);
    only(node, ['from', 'to', 'tag-pattern', 'bump', 'changes', 'why'], where);
    const bump = text(node, 'bump', where) as Bump;
    if (!BUMPS.includes(bump))
      throw new LabelError(`${where}.bump must be one of ${BUMPS.join(', ')} (got "${bump}").`);
    const from = end(node.from, `${where}.from`);
    const to = end(node.to, `${where}.to`);
    return {
      id: `${repo} ${from.version}..${to.version}`,
      from,
      to,
      tagPattern: text(node, 'tag-pattern', where, true) ?? tagPattern,
      bump,
      changes: strings(node, 'changes', where),
      why: text(node, 'why', where)!,
    };
  });
  return {
    repo,
    file,
    path: text(pkg, 'path', pkgWhere)!,
    name: text(pkg, 'name', pkgWhere, true),
    manager: text(pkg, 'manager', pkgWhere)!,
    tagPattern,
    style: text(pkg, 'style', pkgWhere)!,
    runtime,
    pairs,
  };
}

/** Every label file of a corpus folder, in file-name order. */
export function loadCorpus(dir: string): LabelledRepo[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => parseLabels(readFileSync(path.join(dir, f), 'utf8'), path.join(dir, f)));
}

/**
 * The tag a release end carries in the evaluation's clone: the project's own tag, or the pattern
 * applied to the version for releases the project never tagged (as a maintainer adopting mcpver would).
 */
export function tagOf(end: PairEnd, pattern: string, packageName: string | undefined): string {
  if (end.ref) return end.ref;
  return pattern.replace('{name}', packageName ?? '').replace('*', end.version);
}

/** `owner/name`, `owner__name` or a prefix of either selects a repository. */
export function matchesFilter(repo: string, filters: readonly string[]): boolean {
  if (filters.length === 0) return true;
  const ids = [repo.toLowerCase(), repo.replace('/', '__').toLowerCase()];
  return filters.some((f) => ids.some((id) => id.startsWith(f.toLowerCase())));
}
