// A package whose dependencies are not installed (a fresh checkout, a static check): the compiler's
// "cannot find module" for each import of each dependency is one warning that names the packages
// and the install to run, and the package's own errors stay visible beside it.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { takeTypeScriptSurface } from '../../src/surface/typescript/index.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function packageWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-uninstalled-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const manifest = JSON.stringify({
  name: 'weather-mcp',
  version: '1.0.0',
  type: 'module',
  types: './src/index.ts',
  dependencies: { zod: '^3.25.0', express: '^5.0.0', '@modelcontextprotocol/sdk': '^1.20.0', chalk: '^5.0.0' },
});

const index = `import { z } from 'zod';
import express from 'express';
import type { Request } from 'express';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { paint } from './paint.js';
import { gone } from './gone.js';
export const schema = z.object({ city: z.string() });
export function handler(request: Request): string { return String(request); }
export const server: McpServer = new McpServer({ name: 'weather', version: '1.0.0' });
export { paint, gone, express, StdioServerTransport };
export const count: number = 'three';
export const units = ['metric', 'imperial'] as const;
`;
const paint = `import chalk from 'chalk';
export const paint = (text: string) => chalk.red(text);
`;

const messages = (dir: string, options?: Parameters<typeof takeTypeScriptSurface>[1]) =>
  takeTypeScriptSurface(dir, options).warnings.map((w) => w.message);

describe('the TypeScript of a package whose dependencies are not installed', () => {
  it.each(['full', 'names'] as const)(
    'says so in one line that names the packages and the install (%s check)',
    (checkDeclarations) => {
      const dir = packageWith({ 'package.json': manifest, 'src/index.ts': index, 'src/paint.ts': paint });
      const said = messages(dir, { checkDeclarations });

      const missing = said.filter((m) => /not installed/.test(m));
      expect(missing).toHaveLength(1);
      expect(missing[0]).toMatch(
        /^4 packages imported by the TypeScript are not installed here \(zod, express, @modelcontextprotocol\/sdk, chalk; 6 imports, the first at src\/index\.ts:1\)/,
      );
      expect(missing[0]).toContain(
        'install the dependencies first (`npm install`; for `mcpver check`, `install: npm install` in .github/mcpver.yml)',
      );
      expect(said.filter((m) => /TS2307/.test(m) && !/\.\/gone\.js/.test(m))).toEqual([]);
      // A relative import that does not resolve is the package's own mistake: said on its own line.
      expect(said.some((m) => m.startsWith("src/index.ts:7:22 error TS2307: Cannot find module './gone.js'"))).toBe(
        true,
      );
      // `as const` names no type, in either check.
      expect(said.some((m) => /Cannot find name 'const'/.test(m))).toBe(false);
      if (checkDeclarations === 'full')
        expect(said.some((m) => /src\/index\.ts:12:14 error TS2322/.test(m))).toBe(true);
    },
  );

  it('counts the implicit anys and unknowns the missing types cause in that line, and keeps the package’s own errors', () => {
    // With zod and the SDK installed this compiles; without them, \`tool\` and \`args\` are implicitly any
    // and \`parsed\` unknown: errors of the reading, not of the package.
    const follows = `import { z } from 'zod';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
const server = new McpServer({ name: 'weather', version: '1.0.0' });
export const names = (tools: Array<{ name: string }>) => tools.map((tool) => tool.name);
server.tool('forecast', { city: z.string() }, async (args, extra) => ({ content: [{ type: 'text', text: String(args.city) }] }));
export function read(text: string): string {
  const parsed: unknown = JSON.parse(text);
  return (parsed as { value: string }).value;
}
export const wrong: number = 'three';
export function each(list) { return list; }
`;
    const dir = packageWith({ 'package.json': manifest, 'src/index.ts': follows });
    const said = messages(dir, { checkDeclarations: 'full' });
    const missing = said.filter((m) => /not installed/.test(m));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(
      /\(\d+ TypeScript errors? that follow from the missing types, implicit `any` and `unknown` values, are not listed\.\)$/,
    );
    expect(said.filter((m) => /error TS(7006|7031|18046)/.test(m))).toEqual([]);
    // The package's own type error stays on its own line.
    expect(said.some((m) => /src\/index\.ts:10:14 error TS2322/.test(m))).toBe(true);
  });

  it('names the frozen install of its lockfile', () => {
    const dir = packageWith({
      'package.json': manifest,
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      'src/index.ts': index,
      'src/paint.ts': paint,
    });
    expect(messages(dir).find((m) => /not installed/.test(m))).toContain(
      '`install: pnpm install --frozen-lockfile --ignore-scripts` in .github/mcpver.yml',
    );
  });

  it('keeps "cannot find module" for a package that is installed but still does not resolve', () => {
    // chalk is there, without any JavaScript or types: a broken install, not a missing one.
    const dir = packageWith({
      'package.json': manifest,
      'src/index.ts': index,
      'src/paint.ts': paint,
      'node_modules/chalk/package.json': '{"name":"chalk","version":"5.0.0"}',
    });
    const said = messages(dir, { checkDeclarations: 'full' });
    expect(said.find((m) => /not installed/.test(m))).toMatch(
      /^3 packages .*\(zod, express, @modelcontextprotocol\/sdk; 5 imports/,
    );
    expect(said.some((m) => m.startsWith("src/paint.ts:1:19 error TS2307: Cannot find module 'chalk'"))).toBe(true);
  });
});
