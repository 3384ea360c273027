// Shared inputs of the migration tests: the weather provider's breaking 2.0.0 report and the
// dependents' files as mcpver reads them.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Project } from 'ts-morph';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport, type Report } from '../../src/compat/report.ts';
import type { Change } from '../../src/compat/types.ts';
import { emptySnapshot, type Snapshot } from '../../src/surface/types.ts';
import { diffSnapshotsAsync } from '../../src/compat/diff.ts';
import { takeSnapshot } from '../../src/surface/snapshot.ts';
import { takeTypeScriptSurface } from '../../src/surface/typescript/index.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/migrate');
export const PROVIDER = '@acme/weather-mcp';

/** Every file under a folder, by relative path with `/`. */
export function readFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else files.set(rel, readFileSync(path.join(dir, rel), 'utf8'));
    }
  };
  walk('');
  return files;
}

/**
 * What each fixture tool says about itself: a renamed tool keeps its description, which is part of
 * the evidence mcpver needs before it renames a tool in a dependent's code.
 */
const TOOL_DESCRIPTIONS: Record<string, string> = {
  get_forecast: 'The weather forecast for a city.',
  forecast: 'The weather forecast for a city.',
  daily_forecast: 'The weather forecast for a city.',
  alerts: 'Weather alerts for a region.',
};

function providerSnapshot(version: string, tools: string[]): Snapshot {
  return {
    ...emptySnapshot(),
    package: {
      name: PROVIDER,
      version,
      dependencies: {},
      peerDependencies: {},
      optionalPeerDependencies: [],
      engines: {},
      bin: {},
    },
    mcp: {
      capabilities: { tools: {} },
      tools: tools.map((name) => ({
        name,
        description: TOOL_DESCRIPTIONS[name],
        inputSchema: { type: 'object', properties: { city: { type: 'string' } } },
      })),
      prompts: [],
      resources: [],
      resourceTemplates: [],
    },
  };
}

/** The changes of 2.0.0, as the rename-aware rules report them (each with its migration hint). */
export function weatherChanges(): Change[] {
  return [
    {
      rule: 'tool-renamed',
      level: 'major',
      item: 'tool:get_forecast',
      subject: 'tool:get_forecast',
      message: 'Tool "get_forecast" was renamed to "forecast"',
      before: 'get_forecast',
      after: 'forecast',
      migration: {
        kind: 'rename-tool',
        from: 'get_forecast',
        to: 'forecast',
        description: 'Call "forecast" instead of "get_forecast".',
        evidence: 'the same input schema; the names share "forecast" (get_forecast / forecast); the same description',
      },
    },
    {
      rule: 'export-renamed',
      level: 'major',
      item: 'ts:.:WeatherClient',
      subject: 'ts:.:WeatherClient',
      message: 'Export "WeatherClient" was renamed to "ForecastClient"',
      before: 'WeatherClient',
      after: 'ForecastClient',
      migration: {
        kind: 'rename-export',
        from: 'WeatherClient',
        to: 'ForecastClient',
        scope: '.',
        description: 'Import "ForecastClient" instead.',
        evidence: 'the same declaration; the same description',
      },
    },
    {
      rule: 'tool-removed',
      level: 'major',
      item: 'tool:alerts',
      subject: 'tool:alerts',
      message: 'Tool "alerts" was removed',
      before: { name: 'alerts' },
      witness: { kind: 'json', value: { name: 'alerts', arguments: { region: 'NO' } }, error: 'Unknown tool: alerts' },
    },
  ];
}

export function weatherReport(from = '1.2.0', to = '2.0.0', changes: Change[] = weatherChanges()): Report {
  return buildReport({
    old: providerSnapshot(from, ['get_forecast', 'alerts']),
    new: providerSnapshot(to, ['forecast']),
    changes,
    from: { ref: `v${from}`, version: from },
    to: { ref: `v${to}`, version: to },
  });
}

/** The tools each fixture version of the provider lists (its MCP surface, as tools/list answers). */
export const PROVIDER_TOOLS: Record<string, string[]> = {
  '1.2.0': ['get_forecast', 'alerts'],
  '2.0.0': ['forecast'],
  '3.0.0': ['daily_forecast'],
};

/** A real snapshot of a fixture version: package.json and declarations read by mcpver, tools as listed. */
export async function providerFixtureSnapshot(version: string): Promise<Snapshot> {
  const dir = path.join(FIXTURES, `provider-${version}`);
  const snapshot = await takeSnapshot({ dir });
  snapshot.typescript = takeTypeScriptSurface(dir).surface;
  snapshot.mcp = {
    capabilities: { tools: {} },
    tools: PROVIDER_TOOLS[version]!.map((name) => ({
      name,
      description: TOOL_DESCRIPTIONS[name],
      inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    })),
    prompts: [],
    resources: [],
    resourceTemplates: [],
  };
  return snapshot;
}

/** The report mcpver's own rules make between two fixture versions (renames carry their hints). */
export async function realProviderReport(from: string, to: string): Promise<Report> {
  const [old, next] = [await providerFixtureSnapshot(from), await providerFixtureSnapshot(to)];
  return buildReport({
    old,
    new: next,
    changes: await diffSnapshotsAsync(old, next),
    from: { ref: `v${from}`, version: from },
    to: { ref: `v${to}`, version: to },
  });
}

/** Type-check a dependent's files against a fixture version of the provider installed in node_modules. */
export function typeErrors(files: ReadonlyMap<string, string>, providerVersion: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-dependent-'));
  try {
    for (const [file, text] of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    cpSync(path.join(FIXTURES, `provider-${providerVersion}`), path.join(dir, 'node_modules', PROVIDER), {
      recursive: true,
    });
    // TypeScript's own lib files (lib.dom.d.ts and the rest) have no errors to find, and checking them
    // cost seconds per call; the dependent's files and the provider's declarations are all checked.
    const project = new Project({
      tsConfigFilePath: path.join(dir, 'tsconfig.json'),
      compilerOptions: { skipDefaultLibCheck: true },
    });
    return project.getPreEmitDiagnostics().map((d) => project.formatDiagnosticsWithColorAndContext([d]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
