// `npm run bench`: runs every bench/*.bench.ts suite (or those named on the command line) and
// prints one table of ratios against each suite's named baseline.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import type { BenchRow, BenchSuite } from './harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(
  `mcpver bench — ${new Date().toISOString().slice(0, 10)} — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
);
const rows: BenchRow[] = [];
let failed = false;
for (const file of files) {
  const suite = (await import(pathToFileURL(path.join(here, file)).href)).default as BenchSuite;
  try {
    rows.push(...(await suite()));
  } catch (error) {
    failed = true;
    console.error(`${file}: ${(error as Error).stack ?? error}`);
  }
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const table = [
  ['suite', 'case', 'time', 'baseline', 'baseline time', 'ratio', 'peak RSS', 'note'],
  ...rows.map((r) => [
    r.suite,
    r.case,
    fmt(r.ms),
    r.baseline,
    fmt(r.baselineMs),
    `${r.ratio.toFixed(2)}×`,
    r.peakRssMiB ? `${Math.round(r.peakRssMiB)} MiB` : '',
    r.note ?? '',
  ]),
];
console.log(
  table
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n')
    .replace(/\n/, `\n|${table[0]!.map(() => '---').join('|')}|\n`),
);
if (failed) process.exitCode = 1;
