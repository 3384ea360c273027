// The dispatcher of `mcpver <command>`: usage, help, version and an unknown command.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mcpver, ROOT } from '../helpers/cli.ts';

describe('mcpver without a known command', () => {
  it('prints the usage with every command and exits 2 when given nothing, 0 when asked for help', async () => {
    const bare = await mcpver([], ROOT);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toMatch(/^mcpver — semantic versioning for MCP servers\n/);
    for (const command of ['check', 'snapshot', 'diff', 'rules', 'migrate', 'rollback', 'state', 'ab'])
      expect(bare.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    const help = await mcpver(['--help'], ROOT);
    expect(help).toEqual({ code: 0, stdout: bare.stdout, stderr: '' });
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await mcpver(['--version'], ROOT)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('names an unknown command and the known ones, on stderr, with exit 2', async () => {
    const result = await mcpver(['frobnicate'], ROOT);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(
      /^mcpver: unknown command "frobnicate"\. Commands: check, snapshot, diff, rules, [a-z, ]+\.\n$/,
    );
  });
});
