// Inputs built to exhaust a parser or a recursive walk get a message that names the file or the
// tool and the limit, never a stack trace: a YAML alias bomb, a JSON Schema nested 1,000 levels deep.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAbDefinition } from '../../src/ab/load-definition.ts';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { snapshotFromCapture } from '../../src/surface/capture.ts';
import { SnapshotError } from '../../src/surface/errors.ts';
import { mcpver } from '../helpers/cli.ts';

/** Nine aliases of nine aliases, … : a few hundred bytes that stand for 9^9 strings. */
function aliasBomb(): string {
  const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++)
    lines.push(
      `l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

function nested(levels: number, leaf: object): object {
  let schema: object = leaf;
  for (let i = 0; i < levels; i++) schema = { type: 'object', properties: { a: schema } };
  return schema;
}

const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a YAML alias bomb', () => {
  it('is refused in .github/mcpver.yml and in an A/B definition, naming the file and the limit', () => {
    expect(() => parseConfig(aliasBomb(), '.github/mcpver.yml')).toThrow(ConfigError);
    expect(() => parseConfig(aliasBomb(), '.github/mcpver.yml')).toThrow(
      '.github/mcpver.yml: its YAML aliases expand to more than 100 copies',
    );
    expect(() => parseAbDefinition(aliasBomb(), 'ab/test.yml')).toThrow(
      'ab/test.yml: its YAML aliases expand to more than 100 copies',
    );
  });

  it('fails mcpver diff --config with that message and exit code 2, without a stack trace', async () => {
    writeFileSync(path.join(dir, 'bomb.yml'), aliasBomb());
    writeFileSync(
      path.join(dir, 'small.json'),
      JSON.stringify({ tools: [{ name: 'a', inputSchema: { type: 'object' } }] }),
    );
    const run = await mcpver(['diff', 'small.json', 'small.json', '--config', 'bomb.yml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bomb.yml: its YAML aliases expand to more than 100 copies');
    expect(run.stderr).not.toMatch(/ReferenceError|\n\s+at /);
  });
});

describe('a schema nested 1,000 levels deep', () => {
  const old = snapshotFromCapture(
    { tools: [{ name: 'deep', inputSchema: nested(1000, { type: 'string' }) }] },
    'old.json',
  );
  const next = snapshotFromCapture(
    { tools: [{ name: 'deep', inputSchema: nested(1000, { type: 'number' }) }] },
    'new.json',
  );

  it('is refused by the diff with the tool, the side and the limit', () => {
    expect(() => diffSnapshots(old, next)).toThrow(SnapshotError);
    expect(() => diffSnapshots(old, next)).toThrow(
      'The old version\'s tool "deep" has an input schema nested more than 256 levels deep',
    );
  });

  it('makes mcpver diff say so, without a stack trace', async () => {
    writeFileSync(
      path.join(dir, 'old.json'),
      JSON.stringify({ tools: [{ name: 'deep', inputSchema: nested(1000, { type: 'string' }) }] }),
    );
    writeFileSync(
      path.join(dir, 'new.json'),
      JSON.stringify({ tools: [{ name: 'deep', inputSchema: nested(1000, { type: 'number' }) }] }),
    );
    const run = await mcpver(['diff', path.join(dir, 'old.json'), path.join(dir, 'new.json')], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tool "deep" has an input schema nested more than 256 levels deep');
    expect(run.stderr).not.toMatch(/RangeError|\n\s+at /);
  });
});
