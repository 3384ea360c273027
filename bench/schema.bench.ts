// Bench: diffing two 5 MB MCP tool lists (thousands of tools with nested schemas, $defs and
// recursion), against the cost of JSON.parse + JSON.stringify of the same data in the same process.

import { diffSnapshots } from '../src/compat/diff.ts';
import { emptySnapshot, type McpTool, type Snapshot } from '../src/surface/types.ts';
import { row, timeIt, type BenchRow } from './harness.ts';

const TARGET_BYTES = 5 * 1024 * 1024;

/** One tool with a realistic input schema (nested objects, arrays, enums, bounds, a recursive $defs) and an output schema. */
function makeTool(i: number, variant: 'old' | 'new', every: number): McpTool {
  const changed = variant === 'new' && i % every === 0;
  const properties: Record<string, unknown> = {};
  for (let p = 0; p < 12; p++) {
    properties[`field_${p}`] = {
      type: 'object',
      description: `Field ${p} of tool ${i}: a nested object with several constrained members.`,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: changed && p === 0 ? 32 : 64 + i }, // every tool validates differently: no shared compilation
        kind: { type: 'string', enum: changed && p === 1 ? ['a', 'b'] : ['a', 'b', 'c'] },
        count: { type: 'integer', minimum: 0, maximum: 1000 },
        tags: { type: 'array', items: { type: 'string' }, maxItems: 10 },
      },
      required: ['name'],
    };
  }
  if (changed) properties.extra = { type: 'string' };
  return {
    name: changed && i % (every * 2) === 0 ? `renamed_tool_${i}` : `tool_${i}`,
    description: `Tool number ${i}.`,
    inputSchema: {
      type: 'object',
      properties: { ...properties, tree: { $ref: '#/$defs/Node' } },
      required: changed ? ['field_0', 'extra'] : ['field_0'],
      $defs: {
        Node: {
          type: 'object',
          properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/Node' } } },
        },
      },
    },
    outputSchema: {
      type: 'object',
      properties: { ok: { type: 'boolean' }, items: { type: 'array', items: { type: 'string' } } },
      required: ['ok'],
    },
  };
}

function makeSnapshot(variant: 'old' | 'new', every = 20): { snapshot: Snapshot; bytes: number } {
  const tools: McpTool[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const tool = makeTool(i, variant, every);
    bytes += JSON.stringify(tool).length;
    tools.push(tool);
  }
  const snapshot = emptySnapshot();
  snapshot.mcp = { capabilities: { tools: {} }, tools, prompts: [], resources: [], resourceTemplates: [] };
  return { snapshot, bytes };
}

/** Run the suite; `bench/run.ts` calls this as the file's default export. */
export async function benchSchemaDiff(): Promise<BenchRow[]> {
  const old = makeSnapshot('old');
  const next = makeSnapshot('new');
  const mib = (old.bytes / 2 ** 20).toFixed(1);
  const tools = old.snapshot.mcp!.tools.length;
  // Fresh copies for every run: the analysis is cached per snapshot object, and the bench measures the cold diff.
  const oldText = JSON.stringify(old.snapshot);
  const newText = JSON.stringify(next.snapshot);
  const baseline = await timeIt(() => {
    JSON.stringify(JSON.parse(oldText));
    JSON.stringify(JSON.parse(newText));
  });
  let changes = 0;
  const diff = await timeIt(
    () => {
      changes = diffSnapshots(JSON.parse(oldText) as Snapshot, JSON.parse(newText) as Snapshot).length;
    },
    3,
    1,
  );
  const self = await timeIt(
    () => diffSnapshots(JSON.parse(oldText) as Snapshot, JSON.parse(oldText) as Snapshot),
    3,
    1,
  );
  // The worst case: every tool's schema changed, so every one is dereferenced, walked and witnessed.
  const allText = JSON.stringify(makeSnapshot('new', 1).snapshot);
  let allChanges = 0;
  const all = await timeIt(
    () => {
      allChanges = diffSnapshots(JSON.parse(oldText) as Snapshot, JSON.parse(allText) as Snapshot).length;
    },
    1,
    0,
  );
  const rss = process.memoryUsage().rss / 2 ** 20;
  const baselineName = 'JSON.parse + JSON.stringify of both lists';
  return [
    row('schema', `diff two ${mib} MiB tool lists (${tools} tools, 5% changed)`, baselineName, diff, baseline, {
      peakRssMiB: rss,
      note: `${changes} changes`,
    }),
    row('schema', `diff a ${mib} MiB tool list with itself`, baselineName, self, baseline, { peakRssMiB: rss }),
    row('schema', `diff two ${mib} MiB tool lists, every tool changed`, baselineName, all, baseline, {
      peakRssMiB: rss,
      note: `${allChanges} changes`,
    }),
  ];
}

export default benchSchemaDiff;
