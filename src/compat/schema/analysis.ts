// One analysis per pair of snapshots, shared by every MCP contract rule: tools and prompts paired by
// name or by rename, and each pair's input and output schemas compared. Cached, so that thirty rules
// reading it cost one comparison.

import type { McpPrompt, McpTool, Snapshot } from '../../surface/types.ts';
import { compareSchemaNodes } from './walk.ts';
import type { SchemaFact } from './facts.ts';
import { resolveSchema, isObject, describe } from './resolve.ts';
import { matchRenames, type Rename } from './renames.ts';
import { Validators } from './validator.ts';
import { propertiesOf, asNode } from './node.ts';
import { isDeepStrictEqual } from 'node:util';

/** A listing names the same tool or prompt twice: the snapshot cannot be compared item by item. */
export class DuplicateItemError extends Error {
  constructor(
    readonly side: 'old' | 'new',
    readonly kind: 'tool' | 'prompt',
    readonly itemName: string,
    version: string,
  ) {
    super(
      `The ${side} snapshot${version} lists the ${kind} "${itemName}" more than once; ${kind} names must be unique in one listing (MCP specification). Fix the server's ${kind} list and take the snapshot again.`,
    );
    this.name = 'DuplicateItemError';
  }
}

export interface Pair<T> {
  /** The name in the new snapshot. */
  name: string;
  oldName: string;
  old: T;
  new: T;
}

export interface SchemaComparison {
  tool: string;
  part: 'input' | 'output';
  facts: SchemaFact[];
  oldSchema: unknown;
  newSchema: unknown;
  oldResolved: unknown;
  newResolved: unknown;
}

/** Something wrong with a schema as the server sent it (not an object, a dangling `$ref`, not valid JSON Schema). */
export interface SchemaProblem {
  tool: string;
  part: 'input' | 'output';
  message: string;
}

export interface McpAnalysis {
  toolRenames: Rename[];
  promptRenames: Rename[];
  /** Same-shape pairs whose evidence is below the rename threshold: removals with a note, never renamed. */
  possibleToolRenames: Rename[];
  possiblePromptRenames: Rename[];
  tools: Pair<McpTool>[];
  prompts: Pair<McpPrompt>[];
  schemas: SchemaComparison[];
  problems: { old: SchemaProblem[]; new: SchemaProblem[] };
  /** ajv for this diff: witnesses and schema checks, with the witness budget. */
  validators: Validators;
}

const cache = new WeakMap<Snapshot, WeakMap<Snapshot, McpAnalysis | null>>();

export function analyzeMcp(old: Snapshot, next: Snapshot): McpAnalysis | null {
  let inner = cache.get(old);
  if (!inner) cache.set(old, (inner = new WeakMap()));
  if (inner.has(next)) return inner.get(next)!;
  const result = old.mcp && next.mcp ? analyze(old, next) : null;
  inner.set(next, result);
  return result;
}

const versionOf = (s: Snapshot) => (s.package ? ` (${s.package.name}@${s.package.version})` : '');

function indexByName<T extends { name: string }>(
  list: readonly T[],
  side: 'old' | 'new',
  kind: 'tool' | 'prompt',
  snapshot: Snapshot,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) {
    if (map.has(item.name)) throw new DuplicateItemError(side, kind, item.name, versionOf(snapshot));
    map.set(item.name, item);
  }
  return map;
}

const resolved = new WeakMap<object, ReturnType<typeof resolveSchema>>();
function resolveCached(schema: unknown) {
  if (!isObject(schema)) return resolveSchema(schema);
  let r = resolved.get(schema);
  if (!r) resolved.set(schema, (r = resolveSchema(schema)));
  return r;
}

function analyze(old: Snapshot, next: Snapshot): McpAnalysis {
  const oldTools = indexByName(old.mcp!.tools, 'old', 'tool', old);
  const newTools = indexByName(next.mcp!.tools, 'new', 'tool', next);
  const oldPrompts = indexByName(old.mcp!.prompts, 'old', 'prompt', old);
  const newPrompts = indexByName(next.mcp!.prompts, 'new', 'prompt', next);

  // A tool may be renamed when the new one takes every call the old one took, under another name;
  // it is one only with evidence beyond that shape (renames.ts).
  const side = (item: { name: string; description?: string }) => ({
    name: item.name,
    ...(item.description ? { description: item.description } : {}),
  });
  const toolMatch = matchRenames(
    [...oldTools.values()].filter((t) => !newTools.has(t.name)).map(side),
    [...newTools.values()].filter((t) => !oldTools.has(t.name)).map(side),
    (from, to) => sameCalls(oldTools.get(from)!.inputSchema, newTools.get(to)!.inputSchema),
    (from) => Object.keys(propertiesOf(asNode(resolveCached(oldTools.get(from)!.inputSchema).schema))).length > 0,
  );
  const promptMatch = matchRenames(
    [...oldPrompts.values()].filter((p) => !newPrompts.has(p.name)).map(side),
    [...newPrompts.values()].filter((p) => !oldPrompts.has(p.name)).map(side),
    (from, to) => argumentKey(oldPrompts.get(from)!) === argumentKey(newPrompts.get(to)!),
    (from) => (oldPrompts.get(from)!.arguments ?? []).length > 0,
  );
  const toolRenames = toolMatch.renames;
  const promptRenames = promptMatch.renames;
  const tools = pairs(oldTools, newTools, toolRenames);
  const prompts = pairs(oldPrompts, newPrompts, promptRenames);

  const schemas: SchemaComparison[] = [];
  for (const pair of tools) {
    schemas.push(comparison(pair.name, 'input', pair.old.inputSchema, pair.new.inputSchema));
    if (pair.old.outputSchema !== undefined && pair.new.outputSchema !== undefined) {
      schemas.push(comparison(pair.name, 'output', pair.old.outputSchema, pair.new.outputSchema));
    }
  }
  // A schema that did not change cannot have a new problem: only changed or new tools are checked.
  const unchanged = (tool: McpTool) => {
    const before = oldTools.get(tool.name);
    return (
      before !== undefined &&
      isDeepStrictEqual(before.inputSchema, tool.inputSchema) &&
      isDeepStrictEqual(before.outputSchema, tool.outputSchema)
    );
  };
  const changedTools = next.mcp!.tools.filter((t) => !unchanged(t));
  const changedNames = new Set(changedTools.map((t) => t.name));
  const validators = new Validators();
  const problems = {
    old: problemsOf(
      old.mcp!.tools.filter((t) => changedNames.has(t.name)),
      validators,
    ),
    new: problemsOf(changedTools, validators),
  };
  return {
    toolRenames,
    promptRenames,
    possibleToolRenames: toolMatch.possible,
    possiblePromptRenames: promptMatch.possible,
    tools,
    prompts,
    schemas,
    problems,
    validators,
  };
}

function pairs<T>(before: Map<string, T>, after: Map<string, T>, renames: Rename[]): Pair<T>[] {
  const list: Pair<T>[] = [];
  for (const [name, value] of after)
    if (before.has(name)) list.push({ name, oldName: name, old: before.get(name)!, new: value });
  for (const { from, to } of renames)
    list.push({ name: to, oldName: from, old: before.get(from)!, new: after.get(to)! });
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

function comparison(tool: string, part: 'input' | 'output', oldSchema: unknown, newSchema: unknown): SchemaComparison {
  // Most tools do not change between two releases: equal text means equal schemas, without resolving anything.
  if (isDeepStrictEqual(oldSchema, newSchema))
    return { tool, part, facts: [], oldSchema, newSchema, oldResolved: oldSchema, newResolved: newSchema };
  const o = resolveCached(oldSchema);
  const n = resolveCached(newSchema);
  return {
    tool,
    part,
    facts: compareSchemaNodes(o.schema, n.schema),
    oldSchema,
    newSchema,
    oldResolved: o.schema,
    newResolved: n.schema,
  };
}

/** Whether every call the old input schema accepted, the new one accepts too, with the same argument names. */
function sameCalls(oldSchema: unknown, newSchema: unknown): boolean {
  const o = resolveCached(oldSchema).schema;
  const n = resolveCached(newSchema).schema;
  const names = (s: unknown) =>
    Object.keys(propertiesOf(asNode(s)))
      .sort()
      .join(',');
  if (names(o) !== names(n)) return false;
  return compareSchemaNodes(o, n).every((f) => f.effect === 'widened' || f.effect === 'neutral');
}

const argumentKey = (prompt: McpPrompt) =>
  (prompt.arguments ?? [])
    .map((a) => `${a.name}:${a.required === true}`)
    .sort()
    .join(',');

function problemsOf(tools: readonly McpTool[], validators: Validators): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const tool of tools) {
    for (const part of ['input', 'output'] as const) {
      const schema = part === 'input' ? tool.inputSchema : tool.outputSchema;
      // An absent output schema is normal; an absent input schema is not (MCP requires one).
      if (schema === undefined && part === 'output') continue;
      if (!isObject(schema)) {
        problems.push({
          tool: tool.name,
          part,
          message:
            schema === undefined
              ? `the ${part} schema is missing; MCP requires one`
              : `the ${part} schema is ${describe(schema)}, not a JSON Schema object`,
        });
        continue;
      }
      if (schema.type !== 'object')
        problems.push({
          tool: tool.name,
          part,
          message: `the ${part} schema has type ${JSON.stringify(schema.type ?? null)}; MCP requires "object"`,
        });
      const r = resolveCached(schema);
      if (r.error) problems.push({ tool: tool.name, part, message: `the ${part} schema ${r.error}` });
      const invalid = validators.schemaError(schema);
      if (invalid)
        problems.push({ tool: tool.name, part, message: `the ${part} schema is not valid JSON Schema: ${invalid}` });
    }
  }
  return problems;
}
