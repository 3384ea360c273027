// The libraries a server's sources may use to build their MCP surface, loaded by mcpver itself so
// that statically rebuilt schemas go through the real zod and the SDK's own JSON Schema conversion.

import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { SourceFunction, Unresolved, isLibraryValue } from './values.ts';
import type { SourceLocation } from '../types.ts';

export interface HostModules {
  zod: Record<string, unknown>;
  zodMajor: 3 | 4;
  modules: Map<string, Record<string, unknown>>;
}

/** Which zod the server uses: its package.json range, else the installed copy, else zod 4. */
export function zodMajorOf(dir: string): 3 | 4 {
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const range = pkg.dependencies?.zod ?? pkg.peerDependencies?.zod ?? pkg.devDependencies?.zod;
    if (range && semver.validRange(range)) return semver.minVersion(range)?.major === 3 ? 3 : 4;
  } catch {
    // no package.json: fall through
  }
  const installed = path.join(dir, 'node_modules/zod/package.json');
  if (existsSync(installed)) {
    const version = (JSON.parse(readFileSync(installed, 'utf8')) as { version?: string }).version;
    if (version && semver.major(version) === 3) return 3;
  }
  return 4;
}

export async function loadHostModules(zodMajor: 3 | 4): Promise<HostModules> {
  const v3 = (await import('zod/v3')) as unknown as Record<string, unknown>;
  const v4 = (await import('zod')) as unknown as Record<string, unknown>;
  const mini = (await import('zod/mini')) as unknown as Record<string, unknown>;
  const zod = zodMajor === 3 ? v3 : v4;
  const zodToJsonSchema = (await import('zod-to-json-schema')) as unknown as Record<string, unknown>;
  const { ResourceTemplate } = await import('@modelcontextprotocol/sdk/server/mcp.js');
  const { completable } = await import('@modelcontextprotocol/sdk/server/completable.js');
  const compat = (await import('@modelcontextprotocol/sdk/server/zod-json-schema-compat.js').catch(
    () => ({}),
  )) as Record<string, unknown>;
  const modules = new Map<string, Record<string, unknown>>([
    ['zod', zod],
    ['zod/v3', v3],
    ['zod/v4', v4],
    ['zod/mini', mini],
    ['zod/v4-mini', mini],
    ['zod-to-json-schema', zodToJsonSchema],
    ['@modelcontextprotocol/sdk/server/mcp.js', { ResourceTemplate }],
    ['@modelcontextprotocol/sdk/server/completable.js', { completable }],
    ['@modelcontextprotocol/sdk/server/zod-json-schema-compat.js', compat],
  ]);
  return { zod, zodMajor, modules };
}

/**
 * Library calls that take a function whose body does not change the listed schema: refinements and
 * transforms (the SDK lists the input side), completers, template list callbacks.
 */
const CALLBACK_SAFE = new Set([
  'refine',
  'superRefine',
  'transform',
  'check',
  'preprocess',
  'custom',
  'completable',
  'ResourceTemplate',
  'catch',
  'default',
  'prefault',
  'overwrite',
]);

/** Schema methods whose argument is a value, not part of the schema's shape: one unknown at build time is marked. */
const RUN_TIME_VALUE_OK = new Set(['default', 'prefault', 'catch', 'describe']);

/** Marks a part that could not be rebuilt: a described zod `any` (or a string), replaced after conversion. */
export class Markers {
  private readonly messages = new Map<string, Unresolved>();
  /** Parts replaced by an empty stand-in that the listing cannot show (a template's list callback). */
  readonly notes: Unresolved[] = [];

  mark(unresolved: Unresolved): string {
    const id = `\u0000mcpver-unresolved:${this.messages.size}`;
    this.messages.set(id, unresolved);
    return id;
  }

  get(id: unknown): Unresolved | undefined {
    return typeof id === 'string' ? this.messages.get(id) : undefined;
  }
}

function replaceFunctions(value: unknown): unknown {
  if (value instanceof SourceFunction) return () => undefined;
  if (Array.isArray(value)) return value.map(replaceFunctions);
  if (value && typeof value === 'object' && value.constructor === Object)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceFunctions(v)]));
  return value;
}

function find<T>(value: unknown, type: new (...a: never[]) => T): T | undefined {
  if (value instanceof type) return value;
  if (Array.isArray(value))
    for (const v of value) {
      const f = find(v, type);
      if (f) return f;
    }
  if (value && typeof value === 'object' && value.constructor === Object)
    for (const v of Object.values(value)) {
      const f = find(v, type);
      if (f) return f;
    }
  return undefined;
}

/** A zod `any` carrying a marker, so that the converted JSON Schema shows where the gap is. */
export function markerSchema(host: HostModules, markers: Markers, unresolved: Unresolved): unknown {
  const z = host.zod as { any(): { describe(d: string): unknown } };
  return z.any().describe(markers.mark(unresolved));
}

/** Unresolved parts inside zod shapes become marker schemas; elsewhere the call cannot be rebuilt. */
export function prepareHostArguments(host: HostModules, markers: Markers) {
  return (callee: string, args: unknown[], at: SourceLocation, holder: unknown): unknown[] | Unresolved => {
    const zodCall =
      holder === host.zod || isLibraryValue(holder) || [...host.modules.values()].some((m) => m === holder);
    const withMarkers = (value: unknown, depth: number): unknown => {
      if (value instanceof Unresolved) return zodCall && depth > 0 ? markerSchema(host, markers, value) : value;
      if (Array.isArray(value)) return value.map((v) => withMarkers(v, depth + 1));
      if (value && typeof value === 'object' && value.constructor === Object)
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withMarkers(v, depth + 1)]));
      return value;
    };
    // A default, a fallback or a description known only at run time (`.default(options.projectId)`, a
    // value from the environment) leaves the schema itself known: it is rebuilt with that one value
    // marked, instead of losing the whole property (and with it the tool).
    const schemaMethod = isLibraryValue(holder) && RUN_TIME_VALUE_OK.has(callee);
    const prepared = args.map((a, i) =>
      schemaMethod && i === 0 && a instanceof Unresolved
        ? callee === 'describe'
          ? (markers.notes.push(a), `[not statically resolvable: ${a.reason}]`)
          : markers.mark(a)
        : withMarkers(a, 0),
    );
    const unresolved = find(prepared, Unresolved);
    if (unresolved) return unresolved;
    const fn = find(prepared, SourceFunction);
    if (fn && !CALLBACK_SAFE.has(callee))
      return new Unresolved(`\`${callee}(…)\` is given a function from the sources, which mcpver does not run`, at);
    if (callee === 'ResourceTemplate') {
      const options = prepared[1] as Record<string, unknown> | undefined;
      if (options?.list instanceof SourceFunction) {
        markers.notes.push(
          new Unresolved(
            'the resources this template lists come from a callback: they are not in the static snapshot',
            at,
          ),
        );
        prepared[1] = { ...options, list: undefined };
      }
    }
    return prepared.map(replaceFunctions);
  };
}
