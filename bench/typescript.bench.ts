// Bench: mcpver's full TypeScript check of two real package versions (both surfaces read, every
// ts-* rule, one type-check of generated consumer code) against the floor of one `tsc --noEmit`
// over both versions' declarations, and against API Extractor producing the two API reports.
// Every tool runs as a child process measured the same way (wall time, peak RSS), three times
// interleaved (the machine is shared), and the median is reported. mcpver and API Extractor run
// from bundles built before timing, as users run mcpver (dist/cli), without tsx's transform. On
// Node 20, where mcpver sets V8's tiering for itself (src/tiering.ts), tsc also runs under the same
// setting, reported beside the floor as users run it.

import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { takeTypeScriptSurface } from '../src/surface/typescript/index.ts';
import { INTERRUPT_BUDGET_FLAG, tiersByBudget } from '../src/tiering.ts';
import { row, type BenchRow } from './harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const modules = path.join(root, 'node_modules');
const rssHook = path.join(here, 'typescript-rss.cjs');
/** Inside the repository (git-ignored), so that the bundles' packages resolve from node_modules. */
const cache = path.join(here, '.cache');
const RUNS = 3;

interface Pair {
  name: string;
  old: string;
  new: string;
  /** The entry point API Extractor reports on (it takes one per run), relative to each package. */
  extractorEntry: [string, string];
}

const PAIRS: Pair[] = [
  {
    name: '@modelcontextprotocol/sdk 1.0.0 → latest',
    old: 'sdk-1-0',
    new: '@modelcontextprotocol/sdk',
    extractorEntry: ['dist/types.d.ts', 'dist/esm/types.d.ts'],
  },
  { name: 'openai 6.0.0 → latest', old: 'openai-6-0', new: 'openai', extractorEntry: ['index.d.ts', 'index.d.ts'] },
];

/** `npm run bench typescript openai`: only the pairs whose name contains a word given after the suite. */
function selectedPairs(): Pair[] {
  const words = process.argv.slice(2).filter((w) => w !== 'typescript' && !w.endsWith('.bench.ts'));
  return words.length === 0 ? PAIRS : PAIRS.filter((p) => words.some((w) => p.name.includes(w)));
}

interface Run {
  ms: number;
  rssMiB: number;
  stdout: string;
}

/** Run `node <args>` with the RSS hook; wall time from spawn to exit. */
function runNode(args: string[], nodeFlags: string[] = []): Run {
  const start = performance.now();
  const result = spawnSync(process.execPath, [...nodeFlags, '--require', rssHook, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const rss = /MCPVER_BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr ?? '');
  if (result.status !== 0 && !/^tsc/.test(args.join(' '))) {
    // tsc exits non-zero when the declarations have errors; that is still a full check.
    if (!args[0]?.endsWith('tsc.js'))
      throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr?.slice(-2000)}`);
  }
  return { ms, rssMiB: rss ? Number(rss[1]) / 1024 : 0, stdout: result.stdout ?? '' };
}

/** The project's own code bundled into one ES module (packages stay in node_modules), untimed. */
function bundle(script: string): string {
  const outfile = path.join(cache, script.replace(/\.ts$/, '.mjs'));
  buildSync({
    entryPoints: [path.join(here, script)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/** The median run by time, with the median peak RSS of the runs. */
function median(runs: Run[]): Run {
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const byTime = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
  return { ...byTime, rssMiB: mid(runs.map((r) => r.rssMiB)) };
}

/**
 * The floor: one tsc --noEmit over the declaration files mcpver reads from both versions, run as
 * users run tsc; `nodeFlags` runs it under the V8 setting mcpver gives itself (src/tiering.ts).
 */
function tscFloor(pair: Pair, dir: string): (nodeFlags?: string[]) => Run {
  const files = [pair.old, pair.new].flatMap((pkg) => {
    const base = path.join(modules, pkg);
    return Object.keys(takeTypeScriptSurface(base, { checkDeclarations: 'off' }).surface.files).map((f) =>
      path.join(base, f),
    );
  });
  const tsconfig = path.join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        skipLibCheck: false,
        types: [],
      },
      files,
    }),
  );
  return (nodeFlags = []) => runNode([path.join(modules, 'typescript', 'lib', 'tsc.js'), '-p', tsconfig], nodeFlags);
}

export default async function benchTypeScript(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-bench-ts-'));
  const check = bundle('typescript-check.ts');
  const apiExtractor = bundle('typescript-api-extractor.ts');
  try {
    for (const pair of selectedPairs()) {
      const runFloor = tscFloor(pair, dir);
      const floors: Run[] = [];
      const tunedFloors: Run[] = [];
      const checks: Run[] = [];
      const extractors: Run[] = [];
      const load: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        load.push(os.loadavg()[0]!);
        floors.push(runFloor());
        if (tiersByBudget) tunedFloors.push(runFloor([INTERRUPT_BUDGET_FLAG]));
        checks.push(runNode([check, path.join(modules, pair.old), path.join(modules, pair.new)]));
        extractors.push(
          runNode([
            apiExtractor,
            path.join(modules, pair.old),
            pair.extractorEntry[0],
            path.join(modules, pair.new),
            pair.extractorEntry[1],
          ]),
        );
      }
      const [floor, mcpver, extractor] = [median(floors), median(checks), median(extractors)];
      const found = mcpver.stdout.trim().split('\n').pop() ?? '';
      const runs = `median of ${RUNS}, load ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}`;
      rows.push(
        row(
          'typescript',
          `${pair.name}: mcpver full TS check`,
          'tsc --noEmit over both versions (floor)',
          mcpver.ms,
          floor.ms,
          { peakRssMiB: mcpver.rssMiB, note: `${found}; tsc peak ${Math.round(floor.rssMiB)} MiB; ${runs}` },
        ),
      );
      rows.push(
        row(
          'typescript',
          `${pair.name}: mcpver full TS check`,
          'API Extractor, two API reports (one entry each)',
          mcpver.ms,
          extractor.ms,
          { peakRssMiB: mcpver.rssMiB, note: `API Extractor peak ${Math.round(extractor.rssMiB)} MiB` },
        ),
      );
      // mcpver sets V8's tiering for itself on Node 20 (src/tiering.ts); the same setting for tsc, for comparison.
      if (tunedFloors.length > 0) {
        rows.push(
          row(
            'typescript',
            `${pair.name}: mcpver full TS check`,
            `tsc --noEmit, under mcpver's V8 setting (${INTERRUPT_BUDGET_FLAG})`,
            mcpver.ms,
            median(tunedFloors).ms,
            { peakRssMiB: mcpver.rssMiB },
          ),
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
