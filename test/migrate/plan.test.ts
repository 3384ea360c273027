import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/compat/report.ts';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { planMigration } from '../../src/migrate/plan.ts';
import { emptySnapshot } from '../../src/surface/types.ts';
import { FIXTURES, PROVIDER, readFolder, typeErrors, weatherReport } from './helpers.ts';

function applied(files: Map<string, string>, edits: Array<{ file: string; after: string }>): Map<string, string> {
  const out = new Map(files);
  for (const edit of edits) out.set(edit.file, edit.after);
  return out;
}

describe('a TypeScript dependent that pins in package.json and imports a renamed export', () => {
  const files = readFolder(path.join(FIXTURES, 'dependent-ts'));
  const result = planMigration({ report: weatherReport(), dependent: 'acme/dashboard', files });

  it('bumps the caret pin to the new version and leaves the rest of package.json byte for byte', () => {
    const edit = result.edits.find((e) => e.file === 'package.json')!;
    expect(edit.after).toBe(
      files.get('package.json')!.replace('"@acme/weather-mcp": "^1.2.0"', '"@acme/weather-mcp": "^2.0.0"'),
    );
  });

  it('rewrites the import and every reference bound to it, and keeps its own export name and object key', () => {
    const after = result.edits.find((e) => e.file === 'src/index.ts')!.after;
    expect(after).toContain("import { ForecastClient, type Forecast } from '@acme/weather-mcp';");
    expect(after).toContain("new ForecastClient({ baseUrl: 'https://weather.example' })");
    expect(after).toContain('export const registry = { WeatherClient: ForecastClient };');
    expect(after).toContain('export { ForecastClient as WeatherClient };');
    expect(after).toContain('export function second(): weather.ForecastClient {');
    expect(after).toContain('return new weather.ForecastClient();');
    // A string and an unrelated identifier that merely contain the old name are not touched.
    expect(after).toContain("const WeatherClientLabel = 'WeatherClient';");
  });

  it('type-checks against the new declarations after the edits (and did not before)', () => {
    expect(typeErrors(files, '1.2.0')).toEqual([]);
    expect(typeErrors(files, '2.0.0').length).toBeGreaterThan(0);
    expect(typeErrors(applied(files, result.edits), '2.0.0')).toEqual([]);
  });

  it('leaves the removed tool to people, with its witness, and estimates the effort from the complexity', () => {
    // The dependent never calls `alerts`: its removal is kept apart, for the line that sums it up.
    expect(result.plan.manualSteps).toEqual([]);
    expect(result.plan.notUsed!.map((s) => s.subject)).toEqual(['tool:alerts']);
    expect(result.plan.notUsed![0]!.witness?.error).toBe('Unknown tool: alerts');
    // The effort is this dependent's: the removal of a tool it never calls costs it nothing.
    expect(result.plan.effort).toMatchObject({ complexity: 'medium', size: 'small' });
    expect(result.plan.steps.map((s) => s.kind)).toEqual(['bump-pin', 'rename-export']);
  });
});

describe('renamed exports in other import forms', () => {
  it('rewrites aliased imports and re-exports of that entry point only, and falls back to an alias on a name clash', () => {
    const files = new Map([
      ['package.json', '{ "dependencies": { "@acme/weather-mcp": "^1.2.0" } }'],
      [
        'src/reexport.ts',
        [
          "export { WeatherClient } from '@acme/weather-mcp';",
          "export { WeatherClient as Client } from '@acme/weather-mcp';",
          "export { WeatherClient as SubClient } from '@acme/weather-mcp/sub';",
          "import { WeatherClient as W } from '@acme/weather-mcp';",
          'export const w = new W();',
          '',
        ].join('\n'),
      ],
      [
        'src/clash.ts',
        "import { WeatherClient } from '@acme/weather-mcp';\nconst ForecastClient = 1;\nexport const c = new WeatherClient(ForecastClient);\n",
      ],
    ]);
    const { edits } = planMigration({ report: weatherReport(), dependent: 'acme/lib', files });
    expect(edits.find((e) => e.file === 'src/reexport.ts')!.after).toBe(
      [
        "export { ForecastClient as WeatherClient } from '@acme/weather-mcp';",
        "export { ForecastClient as Client } from '@acme/weather-mcp';",
        "export { WeatherClient as SubClient } from '@acme/weather-mcp/sub';",
        "import { ForecastClient as W } from '@acme/weather-mcp';",
        'export const w = new W();',
        '',
      ].join('\n'),
    );
    expect(edits.find((e) => e.file === 'src/clash.ts')!.after).toBe(
      "import { ForecastClient as WeatherClient } from '@acme/weather-mcp';\nconst ForecastClient = 1;\nexport const c = new WeatherClient(ForecastClient);\n",
    );
  });
});

describe('renamed tool arguments', () => {
  /** The real diff of a tool whose nested input property `opts.unit` became `opts.scale`. */
  function argumentReport() {
    const snapshot = (key: string, version: string) => ({
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
        tools: [
          {
            name: 'forecast',
            inputSchema: {
              type: 'object',
              properties: {
                opts: {
                  type: 'object',
                  properties: { [key]: { type: 'string', enum: ['c', 'f'], description: 'The temperature scale.' } },
                },
              },
            },
          },
        ],
        prompts: [],
        resources: [],
        resourceTemplates: [],
      },
    });
    const [old, next] = [snapshot('unit', '1.2.0'), snapshot('scale', '2.0.0')];
    return buildReport({
      old,
      new: next,
      changes: diffSnapshots(old, next),
      from: { ref: 'v1.2.0', version: '1.2.0' },
      to: { ref: 'v2.0.0', version: '2.0.0' },
    });
  }

  it('renames the key in call objects of that tool, keeping shorthand variables, and nowhere else', () => {
    const report = argumentReport();
    expect(report.changes.map((c) => [c.rule, c.subject])).toContainEqual([
      'input-property-renamed',
      'tool:forecast.input.opts',
    ]);
    const code = [
      "await client.callTool({ name: 'forecast', arguments: { opts: { unit: 'c' } } });",
      "const unit = 'f';",
      "await client.callTool({ name: 'forecast', arguments: { opts: { unit } } });",
      "await client.callTool({ name: 'other', arguments: { opts: { unit: 'c' } } });",
      '',
    ].join('\n');
    const files = new Map([
      ['package.json', '{ "dependencies": { "@acme/weather-mcp": "^1.2.0" } }'],
      ['call.mjs', code],
    ]);
    const { plan, edits } = planMigration({ report, dependent: 'acme/app', files });
    expect(edits.find((e) => e.file === 'call.mjs')!.after).toBe(
      code
        .replace("arguments: { opts: { unit: 'c' } } });\nconst", "arguments: { opts: { scale: 'c' } } });\nconst")
        .replace('{ opts: { unit } }', '{ opts: { scale: unit } }'),
    );
    expect(plan.steps.map((s) => s.description)).toContain(
      'call.mjs: tool argument "forecast.opts.unit" → "scale" (2 places)',
    );
    expect(plan.manualSteps).toEqual([]);
  });

  it('leaves the rename to people when no call object names the tool', () => {
    const code = [
      "const opts = { unit: 'c' }; // not a call of forecast",
      "await client.callTool({ name: 'forecast', arguments: build(opts) });",
      '',
    ].join('\n');
    const files = new Map([
      ['package.json', '{ "dependencies": { "@acme/weather-mcp": "^1.2.0" } }'],
      ['call.mjs', code],
    ]);
    const { plan } = planMigration({ report: argumentReport(), dependent: 'acme/app', files });
    // Used at: the call of the tool, not the line that merely has a key named `unit`.
    expect(plan.manualSteps.map((s) => [s.subject, s.hint?.description, s.mentions])).toEqual([
      ['tool:forecast.input.opts', 'Rename the argument "unit" to "scale" in calls to forecast.', ['call.mjs:2']],
    ]);
  });
});

describe('an MCP-client dependent that pins in .mcp.json and names a renamed tool', () => {
  const files = readFolder(path.join(FIXTURES, 'dependent-mcp'));
  const result = planMigration({ report: weatherReport(), dependent: 'acme/assistant', files });
  const after = (file: string) => result.edits.find((e) => e.file === file)?.after;

  it('bumps the npx argument and renames the tool only in the server entry of this package', () => {
    expect(after('.mcp.json')).toBe(
      files
        .get('.mcp.json')!
        .replace('"@acme/weather-mcp@1.2.0"', '"@acme/weather-mcp@2.0.0"')
        .replace('"alwaysAllow": ["get_forecast"]', '"alwaysAllow": ["forecast"]'),
    );
  });

  it('keeps the comments, trailing commas and tilde of a VS Code configuration', () => {
    expect(after('.vscode/mcp.json')).toBe(
      files.get('.vscode/mcp.json')!.replace('@acme/weather-mcp@~1.2.0', '@acme/weather-mcp@~2.0.0'),
    );
  });

  it('renames the tool name literal in code, not strings that only contain it', () => {
    const code = after('scripts/morning.mjs')!;
    expect(code).toContain("client.callTool({ name: 'forecast', arguments: { city: 'Oslo' } })");
    expect(code).toContain('const label = "get_forecast_label";');
  });
});

describe('when the dependent cannot be migrated as it is', () => {
  it('skips a dependent whose package.json does not parse, naming the file and the position', () => {
    const files = new Map([['package.json', '{\n  "dependencies": { "@acme/weather-mcp": "^1.2.0", }\n}\n']]);
    const result = planMigration({ report: weatherReport(), dependent: 'acme/broken', files });
    expect(result.edits).toEqual([]);
    expect(result.plan.skipped).toMatch(/^Skipped: package\.json does not parse: .* at 2:\d+/);
  });

  it('skips a dependent whose code that uses a renamed name has a syntax error', () => {
    const files = new Map([
      ['package.json', '{ "dependencies": { "@acme/weather-mcp": "^1.2.0" } }'],
      ['src/a.ts', "import { WeatherClient } from '@acme/weather-mcp';\nconst x = new WeatherClient(;\n"],
    ]);
    const result = planMigration({ report: weatherReport(), dependent: 'acme/broken', files });
    expect(result.edits).toEqual([]);
    expect(result.plan.skipped).toMatch(/src\/a\.ts does not parse: .* at 2:\d+/);
  });

  it('ignores a broken file that does not mention the package or the renamed names', () => {
    const files = new Map([
      ['package.json', '{ "dependencies": { "@acme/weather-mcp": "1.2.0" } }'],
      ['src/unrelated.ts', 'const a = ;'],
      ['.cursor/mcp.json', '{ not json'],
    ]);
    const result = planMigration({ report: weatherReport(), dependent: 'acme/app', files });
    expect(result.plan.skipped).toBeNull();
    expect(result.edits).toEqual([
      {
        file: 'package.json',
        before: files.get('package.json'),
        after: '{ "dependencies": { "@acme/weather-mcp": "2.0.0" } }',
      },
    ]);
  });

  it('says so when the dependent does not reference the package at all', () => {
    const result = planMigration({
      report: weatherReport(),
      dependent: 'acme/other',
      files: new Map([['package.json', '{"dependencies":{"x":"1.0.0"}}']]),
    });
    expect(result.plan.skipped).toBe(`acme/other does not reference ${PROVIDER}.`);
  });

  it('notes ranges it leaves alone: unpinned npx, a range that already admits, and a compound range', () => {
    const files = new Map([
      [
        'package.json',
        '{ "dependencies": { "@acme/weather-mcp": ">=1.0.0" }, "devDependencies": { "w": "npm:@acme/weather-mcp@1.x || 2.0.0-rc.1" } }',
      ],
      [
        'claude_desktop_config.json',
        '{ "mcpServers": { "w": { "command": "npx", "args": ["-y", "@acme/weather-mcp"] } } }',
      ],
    ]);
    const { plan, edits } = planMigration({ report: weatherReport(), dependent: 'acme/app', files });
    expect(edits).toEqual([]);
    expect(plan.notes).toEqual([
      'claude_desktop_config.json: mcpServers.w.args[1] runs @acme/weather-mcp without a version: it picks up 2.0.0 on its next install or start.',
      'package.json: dependencies.@acme/weather-mcp ">=1.0.0" already admits 2.0.0: left as it is.',
      'package.json: devDependencies.w: "1.x || 2.0.0-rc.1" is a compound range that mcpver does not rewrite; change it to admit 2.0.0 by hand.',
    ]);
  });

  it('counts a watch entry of .github/mcpver.yml as opting in, with nothing to bump', () => {
    const files = new Map([['.github/mcpver.yml', `watch:\n  - package: '${PROVIDER}'\n`]]);
    const { plan } = planMigration({ report: weatherReport(), dependent: 'acme/watcher', files });
    expect(plan.skipped).toBeNull();
    expect(plan.references.map((r) => r.kind)).toEqual(['watch']);
  });

  it('does not count a watch entry that names another provider repository', () => {
    const files = new Map([
      ['.github/mcpver.yml', `watch:\n  - package: '${PROVIDER}'\n    repo: someone-else/weather-mcp\n`],
    ]);
    const { plan } = planMigration({
      report: weatherReport(),
      dependent: 'acme/watcher',
      files,
      provider: 'acme/weather-mcp',
    });
    expect(plan.skipped).toBe(`acme/watcher does not reference ${PROVIDER}.`);
    const ours = planMigration({
      report: weatherReport(),
      dependent: 'acme/watcher',
      files: new Map([['.github/mcpver.yml', `watch:\n  - package: '${PROVIDER}'\n    repo: acme/weather-mcp\n`]]),
      provider: 'acme/weather-mcp',
    });
    expect(ours.plan.references.map((r) => r.kind)).toEqual(['watch']);
  });

  it('skips a dependent whose .github/mcpver.yml is not valid YAML, with the line and column', () => {
    const files = new Map([['.github/mcpver.yml', `watch:\n  - package: ${PROVIDER}\n`]]);
    const { plan } = planMigration({ report: weatherReport(), dependent: 'acme/watcher', files });
    expect(plan.skipped).toMatch(/^Skipped: \.github\/mcpver\.yml does not parse: 2:14: not valid YAML/);
  });
});
