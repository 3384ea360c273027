// The commands that answer at once load only what they run: not the TypeScript compiler (ts-morph),
// nor Probot, Octokit or openai. Each command is run as a process of its own, with a module hook
// that records every module it imports (speed itself is measured by npm run bench, not here).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

/** tsx, resolved from the repository (`--import tsx` alone would resolve it from the child's working directory). */
const TSX = import.meta.resolve('tsx');

const RECORDER = path.join(ROOT, 'test/helpers/record-imports.mjs');
/** Packages that only checks of TypeScript, the App, publishing and advice need. */
const HEAVY = ['ts-morph', '@ts-morph/common', 'typescript', 'probot', '@octokit', 'openai', '@actions/github'];

const work = mkdtempSync(path.join(tmpdir(), 'mcpver-start-up-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tool = (name: string, required: string[]) => ({
  name,
  inputSchema: { type: 'object', properties: { q: { type: 'string' }, n: { type: 'number' } }, required },
});
const file = (name: string, content: string) => {
  const target = path.join(work, name);
  writeFileSync(target, content);
  return target;
};

/** The packages (node_modules/<name>) a command imported, and how it ended. */
function packagesLoadedBy(args: string[]) {
  const log = path.join(work, `imports-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, '');
  const result = spawnSync(
    process.execPath,
    ['--import', TSX, '--import', RECORDER, path.join(ROOT, 'src/cli.ts'), ...args],
    {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, MCPVER_RECORD_IMPORTS: log, NO_COLOR: '1' },
      timeout: 120_000,
    },
  );
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const packages = new Set(urls.flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, urls, packages: [...packages].sort() };
}

const heavyIn = (packages: string[]) => packages.filter((p) => HEAVY.some((h) => p === h || p.startsWith(`${h}/`)));

describe('what a command loads before it answers', () => {
  it('--version loads no package at all', () => {
    const run = packagesLoadedBy(['--version']);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.packages.filter((p) => p !== 'tsx' && !p.startsWith('@esbuild'))).toEqual([]);
  });

  it('rules lists every rule, TypeScript rules included, without the TypeScript compiler', () => {
    const run = packagesLoadedBy(['rules', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((r: { id: string }) => r.id)).toContain('ts-parameter-type-changed');
    expect(heavyIn(run.packages)).toEqual([]);
  });

  it('diff of two MCP captures finds the breaking change without the TypeScript compiler', () => {
    const old = file('old.json', JSON.stringify({ tools: [tool('search', ['q']), tool('fetch', [])] }));
    const next = file('new.json', JSON.stringify({ tools: [tool('search', ['q', 'n'])] }));
    const run = packagesLoadedBy(['diff', old, next, '--json']);
    expect(run.code).toBe(1);
    expect(
      JSON.parse(run.stdout)
        .changes.map((c: { rule: string }) => c.rule)
        .sort(),
    ).toEqual(['input-property-became-required', 'tool-removed']);
    expect(heavyIn(run.packages)).toEqual([]);
  });

  it('ab analyze of a file of events gives the analysis without the TypeScript compiler or openai', () => {
    const events = file('events.ndjson', readFileSync(path.join(ROOT, 'examples/metrics/events.ndjson'), 'utf8'));
    const run = packagesLoadedBy(['ab', 'analyze', '--events', events, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('metrics');
    expect(heavyIn(run.packages)).toEqual([]);
  });

  it('snapshot of a TypeScript library does load the compiler (the hook sees what is loaded)', () => {
    const library = path.join(work, 'library');
    rmSync(library, { recursive: true, force: true });
    mkdirSync(library);
    writeFileSync(
      path.join(library, 'package.json'),
      JSON.stringify({ name: 'greeter', version: '1.0.0', types: 'index.d.ts' }),
    );
    writeFileSync(path.join(library, 'index.d.ts'), 'export declare function greet(name: string): string;\n');
    const run = packagesLoadedBy(['snapshot', '--dir', library]);
    expect(run.code, run.stderr).toBe(0);
    expect(heavyIn(run.packages)).toContain('ts-morph');
  });
});
