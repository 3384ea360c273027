// A stored snapshot of the previous release is reused only when today's readers took it: a snapshot
// an older mcpver stored (before it could read a declaration style, or record a condition) is read
// again from its tag, so a difference in readers never shows as a change of the server.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.ts';
import { READER_REVISION } from '../../src/surface/reader-revision.ts';
import type { Snapshot } from '../../src/surface/types.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const manifest = (version: string) => ({
  name: 'weather-mcp',
  version,
  type: 'module',
  dependencies: { '@modelcontextprotocol/sdk': '^1.20.0', zod: '^3.25.0' },
});

// One tool registered only when a flag is set: today's reader records the condition.
const server = (extra = '') => `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
const server = new McpServer({ name: 'weather', version: '1.0.0' });
server.tool('forecast', 'The forecast for a city', { city: z.string() }, async () => ({ content: [] }));
if (process.env.WEATHER_ALERTS) {
  server.tool('alerts', 'Weather alerts for a state', { state: z.string() }, async () => ({ content: [] }));
}
${extra}`;

describe('the reader revision', () => {
  it('is the digest of the readers’ sources (npm run reader:revision rewrites it when they change)', () => {
    const digest = execFileSync(process.execPath, [path.join(ROOT, 'scripts/reader-revision.mjs'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    expect(READER_REVISION, 'src/surface or src/json-schema changed: run `npm run reader:revision`').toBe(digest);
  });
});

describe('a check with the previous release stored on the state branch', () => {
  let repo: TempRepo;
  let stored: Snapshot | null;
  let log: string[];
  beforeEach(async () => {
    repo = tempRepo();
    repo.write('package.json', manifest('1.0.0'));
    repo.write('src/index.ts', server());
    repo.commit('1.0.0', 'v1.0.0');
    // The snapshot a check of 1.0.0 stored: taken by these readers, with the tool's condition.
    stored = (await runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.0.0' })).new;
    repo.write('package.json', manifest('1.0.1'));
    repo.write('src/index.ts', server('// a comment\n'));
    repo.commit('1.0.1', 'v1.0.1');
    log = [];
  });
  afterEach(() => repo.remove());

  const check = () =>
    runCheck({
      cwd: repo.dir,
      from: 'v1.0.0',
      to: 'v1.0.1',
      log: (line: string) => log.push(line),
      loadStoredSnapshot: async () => structuredClone(stored),
    });

  it('uses it when these readers took it', async () => {
    expect(stored!.provenance.reader).toBe(READER_REVISION);
    expect(stored!.mcp!.conditions).toHaveProperty('tool:alerts');
    const { report } = await check();
    expect(log.join('\n')).toContain('Read the snapshot of weather-mcp 1.0.0 from the state branch');
    expect(report.changes).toEqual([]);
    expect(report.verdict).toBe('ok');
  });

  it('reads the release again when an earlier mcpver stored it, instead of reporting what that reader missed', async () => {
    // An earlier mcpver recorded no reader revision and no conditions: compared as stored, "alerts"
    // would read as made conditional (a major change) in a release that changed a comment.
    delete stored!.provenance.reader;
    delete stored!.mcp!.conditions;
    const { report, old } = await check();
    expect(log.join('\n')).toMatch(
      /taken by an earlier mcpver, not by this one's \(revision [0-9a-f]+\): reading v1\.0\.0 again/,
    );
    expect(old!.mcp!.conditions).toHaveProperty('tool:alerts');
    expect(report.changes.map((c) => c.rule)).not.toContain('tool-made-conditional');
    expect(report.verdict).toBe('ok');
  });

  it('reads the release again when other readers took it', async () => {
    stored!.provenance.reader = '000000000000';
    stored!.mcp!.tools = stored!.mcp!.tools.filter((tool) => tool.name !== 'alerts');
    const { report } = await check();
    expect(log.join('\n')).toContain('taken by other readers (revision 000000000000)');
    expect(report.changes.map((c) => c.rule)).not.toContain('tool-added');
  });

  it('falls back to the stored snapshot, with a warning, when the release cannot be read again', async () => {
    stored!.provenance.reader = '000000000000';
    stored!.mcp!.tools = stored!.mcp!.tools.filter((tool) => tool.name !== 'alerts');
    // The build fails wherever a file \`broken\` is; only the previous release's tree holds one now.
    repo.git('checkout', '-q', 'v1.0.0');
    repo.git('checkout', '-q', '-b', 'old');
    repo.write('broken', 'yes\n');
    repo.commit('the old build no longer works');
    repo.git('tag', '-f', '-a', 'v1.0.0', '-m', 'v1.0.0');
    repo.git('checkout', '-q', 'main');
    repo.write('.github/mcpver.yml', 'packages:\n  - path: .\n    build: test ! -e broken\n');
    repo.commit('configure the build', 'v1.0.2');
    const { report, old } = await runCheck({
      cwd: repo.dir,
      from: 'v1.0.0',
      to: 'v1.0.2',
      log: (line: string) => log.push(line),
      loadStoredSnapshot: async () => structuredClone(stored),
    });
    expect(log.join('\n')).toMatch(/Could not read v1\.0\.0 again \(.*build.*\); using the stored snapshot/s);
    expect(old!.provenance.warnings[0]!.message).toMatch(
      /v1\.0\.0 could not be read again: a change below may come from what the readers see/,
    );
    // The stored reading is what was compared: the tool it lacks reads as added.
    expect(report.changes.map((c) => c.rule)).toContain('tool-added');
  });
});
