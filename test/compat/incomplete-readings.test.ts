// Which readings make a check incomplete: built from snapshots as the readers record them.

import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/compat/report.ts';
import { emptySnapshot, type McpReading, type Snapshot } from '../../src/surface/types.ts';

const tools = (...names: string[]) => names.map((name) => ({ name, inputSchema: { type: 'object' } }));

function snapshot(version: string, names: string[], reading?: McpReading): Snapshot {
  const s = emptySnapshot();
  s.package = {
    name: 'weather-mcp',
    version,
    dependencies: { '@modelcontextprotocol/sdk': '^1.20.0' },
    peerDependencies: {},
    optionalPeerDependencies: [],
    engines: {},
    bin: {},
  };
  s.mcp = {
    capabilities: { tools: {} },
    tools: tools(...names),
    prompts: [],
    resources: [],
    resourceTemplates: [],
  } as unknown as Snapshot['mcp'];
  if (reading) s.provenance.mcpReading = reading;
  return s;
}

const report = (old: Snapshot, next: Snapshot) =>
  buildReport({
    old,
    new: next,
    changes: [],
    from: { ref: 'v1.0.0', version: old.package!.version },
    to: { ref: 'v2.0.0', version: next.package!.version },
  });

describe('incomplete readings', () => {
  it('takes a running server that lists nothing as read: the diff says its tools are removed, the verdict is not incomplete', () => {
    const listed: McpReading = {
      server: 'it depends on @modelcontextprotocol/sdk',
      status: 'complete',
      tried: ['listing the running server'],
      gaps: [],
    };
    const r = report(snapshot('1.0.0', ['forecast'], listed), snapshot('2.0.0', [], listed));
    expect(r.incomplete).toEqual([]);
    expect(r.verdict).not.toBe('incomplete');
  });

  it('calls a static reading that finds nothing beside a version with tools incomplete', () => {
    const unread: McpReading = {
      server: 'it depends on @modelcontextprotocol/sdk',
      status: 'unread',
      tried: ['static reading of 3 source files'],
      gaps: [],
    };
    const read: McpReading = { ...unread, status: 'complete' };
    const r = report(snapshot('1.0.0', ['forecast'], read), snapshot('2.0.0', [], unread));
    expect(r.verdict).toBe('incomplete');
    expect(r.incomplete).toEqual([expect.objectContaining({ side: 'to', status: 'unread', blocking: true })]);
  });
});

describe('a schema part the static reader could not follow', () => {
  it('is compared with nothing: no widening or unknown keyword is claimed on what was not read', async () => {
    const { diffSnapshots } = await import('../../src/compat/diff.ts');
    const withSchema = (city: unknown) => {
      const s = snapshot('1.0.0', []);
      s.mcp!.tools = [
        {
          name: 'forecast',
          inputSchema: { type: 'object', properties: { city, days: { type: 'integer' } }, required: ['city'] },
        },
      ] as never;
      return s;
    };
    const read = withSchema({ type: 'string' });
    const unread = withSchema({ 'x-mcpver-unresolved': '`process` is not declared in the analysed sources' });
    expect(diffSnapshots(read, unread)).toEqual([]);
    expect(diffSnapshots(unread, read)).toEqual([]);
    // What was read around it is still compared.
    const fewerDays = withSchema({ 'x-mcpver-unresolved': 'unknown' });
    (fewerDays.mcp!.tools[0]!.inputSchema as { properties: Record<string, unknown> }).properties.days = {
      type: 'integer',
      maximum: 7,
    };
    expect(diffSnapshots(unread, fewerDays).map((c) => c.rule)).toEqual(['input-constraint-tightened']);
  });
});
