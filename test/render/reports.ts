// Reports for the renderer tests, built the way a check builds them: two snapshots of a small
// weather server, diffed by the real registry and judged by the real buildReport.

import { diffSnapshots } from '../../src/compat/diff.ts';
import { buildReport, type FailOn, type Report } from '../../src/compat/report.ts';
import { emptySnapshot, type McpTool, type Snapshot, type SourceLocation } from '../../src/surface/types.ts';

export interface ServerShape {
  version: string;
  tools?: Array<string | McpTool>;
  prompts?: string[];
  bin?: Record<string, string>;
  engines?: Record<string, string>;
  locations?: Record<string, SourceLocation>;
}

// Each tool takes its own parameter, so that no two tools look alike and no removal reads as a rename.
const asTool = (t: string | McpTool): McpTool =>
  typeof t === 'string'
    ? {
        name: t,
        description: `The ${t} tool.`,
        inputSchema: { type: 'object', properties: { [`${t}_query`]: { type: 'string' } } },
      }
    : t;

export function server(shape: ServerShape): Snapshot {
  return {
    ...emptySnapshot(),
    package: {
      name: 'weather-mcp',
      version: shape.version,
      type: 'module',
      dependencies: { '@modelcontextprotocol/sdk': '^1.0.0' },
      peerDependencies: {},
      optionalPeerDependencies: [],
      engines: shape.engines ?? { node: '>=18' },
      bin: shape.bin ?? { 'weather-mcp': 'build/index.js' },
    },
    mcp: {
      capabilities: { tools: {}, prompts: {} },
      tools: (shape.tools ?? []).map(asTool),
      prompts: (shape.prompts ?? []).map((name) => ({ name, description: `The ${name} prompt.` })),
      resources: [],
      resourceTemplates: [],
      ...(shape.locations ? { locations: shape.locations } : {}),
    },
  };
}

export function check(
  from: ServerShape | null,
  to: ServerShape,
  options: { failOn?: FailOn; warnings?: string[] } = {},
): Report {
  const old = from ? server(from) : null;
  const next = server(to);
  return buildReport({
    old,
    new: next,
    changes: old ? diffSnapshots(old, next) : [],
    from: from ? { ref: `v${from.version}`, version: from.version } : null,
    to: { ref: `v${to.version}`, version: to.version },
    failOn: options.failOn,
    warnings: options.warnings,
  });
}

/** The demo's story: a minor release that removes a tool and a prompt, renames the command, and adds a tool. */
export const underBumped = (): Report =>
  check(
    {
      version: '1.2.0',
      tools: ['get_forecast', 'get_alerts', 'search_city'],
      prompts: ['daily_brief'],
      locations: { 'tool:get_alerts': { file: 'src/tools/alerts.ts', line: 14, column: 3 } },
    },
    {
      version: '1.3.0',
      tools: ['get_forecast', 'search_city', 'get_radar'],
      bin: { 'weather-server': 'build/index.js' },
      engines: { node: '>=20' },
    },
  );

export const correctMinor = (): Report =>
  check({ version: '1.2.0', tools: ['get_forecast'] }, { version: '1.3.0', tools: ['get_forecast', 'get_radar'] });

export const overBumped = (): Report =>
  check({ version: '1.2.0', tools: ['get_forecast'] }, { version: '2.0.0', tools: ['get_forecast', 'get_radar'] });

export const firstRelease = (): Report => check(null, { version: '1.0.0', tools: ['get_forecast'] });

export const majorUnderBreakingPolicy = (): Report =>
  check(
    { version: '1.2.0', tools: ['get_forecast', 'get_alerts'] },
    { version: '2.0.0', tools: ['get_forecast'] },
    { failOn: 'breaking' },
  );

const forecast = (description: string, required: string[], days: number): McpTool => ({
  name: 'get_forecast',
  description,
  inputSchema: {
    type: 'object',
    properties: {
      city: { type: 'string' },
      units: { enum: ['metric', 'imperial'] },
      days: { type: 'integer', default: days },
    },
    required,
  },
});

/**
 * A release that removes two tools (one with a pipe in its name), adds a required parameter (the
 * schema rules find a call that the new version rejects: a witness), rewrites a description, and
 * changes a default (a change the contract cannot judge: flagged for a person).
 */
export const withWitnessAndDrift = (): Report =>
  check(
    { version: '1.2.0', tools: [forecast('Forecast for a city.', ['city'], 3), 'get_alerts', 'legacy|search'] },
    { version: '1.3.0', tools: [forecast('Forecast for a city, in the units you ask for.', ['city', 'units'], 7)] },
    { warnings: ['mcp: the server sent no prompts capability'] },
  );

/** Many removed tools, each with a long description: a report whose summary must be cut. */
export function manyRemovals(count: number, descriptionChars: number): Report {
  const names = Array.from({ length: count }, (_, i) => `tool_${String(i).padStart(5, '0')}`);
  const tools = names.map((name) => ({
    name,
    description: 'x'.repeat(descriptionChars),
    inputSchema: { type: 'object' },
  }));
  return check({ version: '1.0.0', tools }, { version: '1.1.0', tools: [] });
}
