// Items whose registration condition changes between two versions, read from real sources written
// here: a tool that becomes gated on an environment flag is a major change with its condition; the
// same gate written another way (an early return instead of an `if` around the registration) is no
// change; a listing of a running server, which knows no conditions, is never compared with one.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { takeStaticMcpSurface } from '../../src/surface/mcp-static/index.ts';
import { emptySnapshot, type Snapshot } from '../../src/surface/types.ts';
import { ROOT, removeTempDirs, tempDir } from '../surface/helpers.ts';

afterAll(removeTempDirs);

const HEADER = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
const server = new McpServer({ name: 'maps', version: '1.0.0' });
const empty = async () => ({ content: [] });
`;
const FOOTER = `await server.connect(new StdioServerTransport());\n`;

/** A version of the server: `body` between the server's construction and its connection. */
async function version(body: string): Promise<Snapshot> {
  const dir = tempDir('mcpver-conditional-');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'maps', version: '1.0.0', type: 'module' }));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/index.ts'), `${HEADER}${body}${FOOTER}`);
  const { mcp } = await takeStaticMcpSurface(dir);
  return { ...emptySnapshot(), mcp, provenance: { mcp: 'static', warnings: [] } };
}

const ALWAYS = `server.registerTool('route', {}, empty);
server.registerTool('styles', {}, empty);
server.registerPrompt('plan', {}, () => ({ messages: [] }));
`;
const GATED_BY_IF = `server.registerTool('route', {}, empty);
if (process.env.MAPS_LEGACY?.toLowerCase() === 'true') {
  server.registerTool('styles', {}, empty);
  server.registerPrompt('plan', {}, () => ({ messages: [] }));
}
`;
const GATED_BY_GUARD = `server.registerTool('route', {}, empty);
function legacy(target: McpServer) {
  if (process.env.MAPS_LEGACY.toLowerCase() !== "true") return;
  target.registerPrompt('plan', {}, () => ({ messages: [] }));
  target.registerTool('styles', {}, empty);
}
legacy(server);
`;
const REGATED = GATED_BY_IF.replace(
  "process.env.MAPS_LEGACY?.toLowerCase() === 'true'",
  "process.env.MAPS_LEGACY_V2 === '1'",
);

describe('a tool and a prompt that become conditional', () => {
  it('are major changes that name the condition and point at the registration', async () => {
    const [old, next] = await Promise.all([version(ALWAYS), version(GATED_BY_IF)]);
    const changes = diffSnapshots(old, next);
    expect(changes.map((c) => [c.level, c.rule, c.message, `${c.location?.file}:${c.location?.line}`])).toEqual([
      [
        'major',
        'tool-made-conditional',
        'Tool "styles" is now registered only when `process.env.MAPS_LEGACY?.toLowerCase() === \'true\'`',
        'src/index.ts:7',
      ],
      [
        'major',
        'prompt-made-conditional',
        'Prompt "plan" is now registered only when `process.env.MAPS_LEGACY?.toLowerCase() === \'true\'`',
        'src/index.ts:8',
      ],
    ]);
  });

  it('are minor changes the other way, like additions', async () => {
    const [old, next] = await Promise.all([version(GATED_BY_IF), version(ALWAYS)]);
    expect(diffSnapshots(old, next).map((c) => [c.level, c.rule, c.item])).toEqual([
      ['minor', 'tool-made-unconditional', 'tool:styles'],
      ['minor', 'prompt-made-unconditional', 'prompt:plan'],
    ]);
  });

  it('can be re-levelled or turned off like any rule', async () => {
    const [old, next] = await Promise.all([version(ALWAYS), version(GATED_BY_IF)]);
    const changes = diffSnapshots(old, next, {
      ruleOptions: { 'tool-made-conditional': 'minor', 'prompt-made-conditional': 'off' },
    });
    expect(changes.map((c) => [c.level, c.rule])).toEqual([['minor', 'tool-made-conditional']]);
  });
});

describe('the same gate, written another way', () => {
  it('is no change: an early return and an `if` around the registrations read as one condition', async () => {
    const [old, next] = await Promise.all([version(GATED_BY_IF), version(GATED_BY_GUARD)]);
    expect(next.mcp?.conditions?.['tool:styles']).toBe('process.env.MAPS_LEGACY.toLowerCase() === "true"');
    expect(diffSnapshots(old, next)).toEqual([]);
  });
});

describe('a gate that changes', () => {
  it('is flagged for review, minor, with both conditions', async () => {
    const [old, next] = await Promise.all([version(GATED_BY_IF), version(REGATED)]);
    const changes = diffSnapshots(old, next);
    expect(changes.map((c) => [c.level, c.rule, c.before, c.after, Boolean(c.flag)])).toEqual([
      [
        'minor',
        'tool-condition-changed',
        "process.env.MAPS_LEGACY?.toLowerCase() === 'true'",
        "process.env.MAPS_LEGACY_V2 === '1'",
        true,
      ],
      [
        'minor',
        'prompt-condition-changed',
        "process.env.MAPS_LEGACY?.toLowerCase() === 'true'",
        "process.env.MAPS_LEGACY_V2 === '1'",
        true,
      ],
    ]);
  });
});

describe('a running server listed on one side', () => {
  it('is not compared for conditions: a listing knows none', async () => {
    const [old, next] = await Promise.all([version(ALWAYS), version(GATED_BY_IF)]);
    const listed: Snapshot = { ...old, provenance: { mcp: 'runtime', warnings: [] } };
    expect(diffSnapshots(listed, next)).toEqual([]);
  });
});
