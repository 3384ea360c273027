// Bench: how soon the commands that should answer at once do — `--version`, `rules`, `diff` of two
// 100-tool MCP captures, `ab analyze` of a file of events — and the Action's cold start, each as a
// ratio to Node's own start (`node -e 0`) measured in the same run. Goals (issue 16): `--version`
// within 2×, the diff within 4×.
//
// Every case is a process of its own, run RUNS times, interleaved with the baseline (the machine is
// shared). The time is the child's CPU time (user + system, from the parent's /proc/self/stat
// counters of waited-for children): unlike wall time it does not count the time spent waiting for
// a core, which on a loaded machine is most of it. Wall time is in the note. Elsewhere than Linux,
// wall time is used throughout.
//
// The bundles are built from the current sources into bench/.cache/dist (untimed), as
// `npm run bundle` builds the committed dist/ — the CLI the npm package runs and the Action's.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { row, type BenchRow, type BenchSuite } from './harness.ts';

const SUITE = 'start-up';
const RUNS = 15;
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const cache = path.join(here, '.cache/start-up');
const dist = path.join(cache, 'dist');

/** CPU seconds of waited-for children so far (cutime + cstime), or null where /proc is not there. */
function childrenCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // Fields 16 and 17 of stat(5) (cutime, cstime), counted from `state`, the third field.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** sysconf(_SC_CLK_TCK): 100 on every Linux Node supports. */
const CLOCK_TICKS = 100;

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  /** The exit code that means the case did what it should (a diff with a breaking change exits 1). */
  exit: number;
}

interface Timing {
  wallMs: number[];
  cpuMs: number;
}

/** 100 tools, and the same server's next version: one tool removed, ten with a new optional parameter, five with a new required one. */
function writeCaptures(): [string, string] {
  const tool = (i: number, extra: Record<string, unknown> = {}, required: string[] = []) => ({
    name: `tool_${i}`,
    description: `Tool number ${i}: finds things.`,
    inputSchema: {
      type: 'object',
      properties: {
        query: { type: 'string', description: 'what to look for' },
        limit: { type: 'integer', minimum: 1, maximum: 100 },
        mode: { type: 'string', enum: ['fast', 'full'] },
        ...extra,
      },
      required: ['query', ...required],
    },
    outputSchema: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: { id: { type: 'string' }, score: { type: 'number' } },
            required: ['id'],
          },
        },
      },
      required: ['items'],
    },
  });
  const ids = Array.from({ length: 100 }, (_, i) => i);
  const old = { tools: ids.map((i) => tool(i)) };
  const next = {
    tools: ids
      .filter((i) => i !== 7)
      .map((i) =>
        i % 10 === 0
          ? tool(i, { page: { type: 'integer' } })
          : i % 20 === 5
            ? tool(i, { region: { type: 'string' } }, ['region'])
            : tool(i),
      ),
  };
  const oldFile = path.join(cache, 'tools-100-old.json');
  const newFile = path.join(cache, 'tools-100-new.json');
  writeFileSync(oldFile, `${JSON.stringify(old, null, 2)}\n`);
  writeFileSync(newFile, `${JSON.stringify(next, null, 2)}\n`);
  return [oldFile, newFile];
}

function runOnce(c: Case): { wallMs: number; cpuMs: number | null } {
  const before = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(process.execPath, c.args, {
    cwd: cache,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...c.env },
    maxBuffer: 16 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  const after = childrenCpuMs();
  if (result.status !== c.exit)
    throw new Error(
      `${c.name} exited ${result.status} (expected ${c.exit}): ${(result.stderr || result.stdout).slice(-1500)}`,
    );
  return { wallMs, cpuMs: before === null || after === null ? null : after - before };
}

const bench: BenchSuite = async () => {
  mkdirSync(cache, { recursive: true });
  // @ts-expect-error: a JavaScript module without declarations
  const { bundle } = (await import('../scripts/bundle.mjs')) as {
    bundle: (out: string, names: string[]) => Promise<string[]>;
  };
  await bundle(dist, ['cli', 'action']);
  // The CLI reads its version from the package.json two folders up, as in the repository.
  writeFileSync(path.join(cache, 'package.json'), readFileSync(path.join(root, 'package.json')));
  const [oldCapture, newCapture] = writeCaptures();
  const events = path.join(root, 'examples/metrics/events.ndjson');
  if (!existsSync(events)) throw new Error(`${events} is missing`);
  const cli = path.join(dist, 'cli/index.js');

  const baseline: Case = { name: 'node -e 0', args: ['-e', '0'], exit: 0 };
  const cases: Case[] = [
    { name: 'mcpver --version', args: [cli, '--version'], exit: 0 },
    { name: 'mcpver rules', args: [cli, 'rules'], exit: 0 },
    { name: 'mcpver diff of two 100-tool captures', args: [cli, 'diff', oldCapture, newCapture, '--json'], exit: 1 },
    { name: 'mcpver ab analyze (480 events)', args: [cli, 'ab', 'analyze', '--events', events, '--json'], exit: 0 },
    // Loading the Action and reading its inputs, up to the first input it refuses.
    {
      name: 'the Action, to its first input error',
      args: [path.join(dist, 'action/index.js')],
      env: { 'INPUT_FAIL-ON': 'sometimes' },
      exit: 1,
    },
  ];

  const timings = new Map<string, Timing>([baseline, ...cases].map((c) => [c.name, { wallMs: [], cpuMs: 0 }]));
  let cpuKnown = true;
  for (const c of [baseline, ...cases]) runOnce(c); // warm the file cache, untimed
  for (let i = 0; i < RUNS; i++) {
    for (const c of [baseline, ...cases]) {
      const { wallMs, cpuMs } = runOnce(c);
      const t = timings.get(c.name)!;
      t.wallMs.push(wallMs);
      if (cpuMs === null) cpuKnown = false;
      else t.cpuMs += cpuMs;
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const base = timings.get(baseline.name)!;
  const rows: BenchRow[] = [];
  for (const c of cases) {
    const t = timings.get(c.name)!;
    const wall = `wall ${median(t.wallMs).toFixed(0)} ms vs ${median(base.wallMs).toFixed(0)} ms (${(median(t.wallMs) / median(base.wallMs)).toFixed(2)}×)`;
    rows.push(
      cpuKnown
        ? row(SUITE, c.name, 'node -e 0 (CPU time)', t.cpuMs / RUNS, base.cpuMs / RUNS, {
            note: `mean of ${RUNS}; ${wall}`,
          })
        : row(SUITE, c.name, 'node -e 0 (wall time)', median(t.wallMs), median(base.wallMs), {
            note: `median of ${RUNS}`,
          }),
    );
  }
  return rows;
};

export default bench;
