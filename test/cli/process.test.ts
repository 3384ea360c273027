// The `mcpver` process itself: what a shell or a CI step sees. The other CLI tests call the same
// dispatcher in process; here the boundary is the point: the exit status, the streams, stdin.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mcpverProcess } from '../helpers/cli-process.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const target = path.join(dir, name);
  writeFileSync(target, JSON.stringify(content));
  return target;
};

const forecast = { name: 'forecast', inputSchema: { type: 'object', properties: { city: { type: 'string' } } } };
const alerts = { name: 'alerts', inputSchema: { type: 'object', properties: {} } };

describe('the mcpver process', () => {
  it('exits 1 when a diff has a major change, 0 when it has none, with the report on stdout', async () => {
    const broken = await mcpverProcess(
      ['diff', file('a.json', { tools: [forecast, alerts] }), file('b.json', { tools: [forecast] }), '--json'],
      dir,
    );
    expect({ code: broken.code, signal: broken.signal, stderr: broken.stderr }).toEqual({
      code: 1,
      signal: null,
      stderr: '',
    });
    expect(JSON.parse(broken.stdout).required).toBe('major');
    const fine = await mcpverProcess(
      ['diff', file('c.json', { tools: [forecast] }), file('d.json', { tools: [forecast, alerts] }), '--json'],
      dir,
    );
    expect(fine.code).toBe(0);
    expect(JSON.parse(fine.stdout).required).toBe('minor');
  });

  it('exits 2 with a one-line message on stderr for bad input', async () => {
    const bad = await mcpverProcess(
      ['diff', file('e.json', { tools: [forecast, forecast] }), file('f.json', { tools: [] })],
      dir,
    );
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^mcpver: .*forecast/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads events from stdin with --events -', async () => {
    const events = ['A', 'B', 'A', 'B']
      .map((variant, i) => JSON.stringify({ variant, metric: 'error', value: i % 2, unit: `u${i}` }))
      .join('\n');
    const result = await mcpverProcess(['ab', 'analyze', '--events', '-', '--json'], dir, {
      stdin: `${events}\nnot json\n`,
    });
    expect(result.code).toBe(0);
    expect(
      JSON.parse(result.stdout).metrics.map((m: { name: string; nA: number; nB: number }) => [m.name, m.nA, m.nB]),
    ).toEqual([['error', 2, 2]]);
    expect(result.stderr).toMatch(/^-:5: /);
  });
});
