import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mcpver } from '../helpers/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
};

const forecast = {
  name: 'forecast',
  description: 'Forecast for a city',
  inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};
const alerts = { name: 'alerts', inputSchema: { type: 'object', properties: {} } };

describe('mcpver diff on captures of MCP list results', () => {
  it('reports a removed tool as major and exits 1', async () => {
    const result = await mcpver(
      ['diff', file('old.json', { tools: [forecast, alerts] }), file('new.json', { tools: [forecast] }), '--json'],
      dir,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.required).toBe('major');
    expect(report.changes).toEqual([
      expect.objectContaining({ rule: 'tool-removed', level: 'major', subject: 'tool:alerts' }),
    ]);
  });

  it('accepts the raw result of several list calls with cursors, and exits 0 when nothing breaks', async () => {
    const old = file('old2.json', { tools: [forecast], nextCursor: 'x', prompts: [] });
    const next = file('new2.json', { tools: [forecast, alerts], prompts: [{ name: 'plan-trip' }] });
    const result = await mcpver(['diff', old, next, '--json'], dir);
    expect(result.code).toBe(0);
    expect(
      JSON.parse(result.stdout)
        .changes.map((c: { rule: string }) => c.rule)
        .sort(),
    ).toEqual(['prompt-added', 'tool-added']);
  });

  it('says in text what bump the changes need, not that it is a first release', async () => {
    const result = await mcpver(
      ['diff', file('old3.json', { tools: [forecast, alerts] }), file('new3.json', { tools: [forecast] })],
      dir,
    );
    expect(result.stdout).toContain('need a major release');
    expect(result.stdout).not.toContain('First release');
  });

  it('reads contested-rule switches from a config file', async () => {
    const old = file('old4.json', { tools: [forecast, alerts] });
    const next = file('new4.json', { tools: [forecast] });
    const config = file('mcpver.yml', 'policy:\n  rules:\n    tool-removed: off\n');
    const result = await mcpver(['diff', old, next, '--config', config, '--json'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).changes).toEqual([]);
  });

  it('names the file of malformed JSON and exits 2', async () => {
    const result = await mcpver(['diff', file('bad.json', '{"tools": [}'), file('ok.json', { tools: [] })], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.json');
  });

  it('names a tool listed twice, as a message rather than a stack trace', async () => {
    const result = await mcpver(
      ['diff', file('dup.json', { tools: [forecast, forecast] }), file('ok2.json', { tools: [forecast] })],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('forecast');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('needs exactly two files', async () => {
    const result = await mcpver(['diff', file('one.json', { tools: [] })], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('diff takes two files');
  });
});
