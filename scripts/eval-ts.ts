// `npm run eval:ts [--cases DIR] [case-id-prefix…]`: run every labelled pair of the TypeScript corpus through the
// real CLI (`mcpver snapshot --dir` twice, then `mcpver diff --format json`) and print where the
// required level differs from the label. The same pairs are asserted in process by
// test/typescript/corpus.test.ts; this is the end-to-end path a held-out evaluation takes.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listCases, type CorpusCase } from '../test/typescript/corpus/run-case.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const cli = ['--import', 'tsx', join(root, 'src/cli.ts')];

async function requiredByCli(c: CorpusCase, work: string): Promise<{ required: string; rules: string[] }> {
  const out = (side: string) => join(work, `${c.id}.${side}.json`);
  for (const side of ['old', 'new']) {
    await run(process.execPath, [...cli, 'snapshot', '--dir', join(c.dir, side), '--out', out(side)], { cwd: root });
  }
  // diff exits 1 on a major change; the report is on stdout either way.
  const { stdout } = await run(process.execPath, [...cli, 'diff', out('old'), out('new'), '--format', 'json'], {
    cwd: root,
  }).catch((error: { stdout?: string; code?: number }) => {
    if (error.code === 1 && error.stdout) return { stdout: error.stdout };
    throw error;
  });
  const report = JSON.parse(stdout) as { required: string; changes: { rule: string; level: string }[] };
  return { required: report.required, rules: report.changes.map((ch) => `${ch.rule}:${ch.level}`) };
}

// `--cases DIR`: a folder of pairs laid out like the corpus (a held-out set) instead of the corpus.
const args = process.argv.slice(2);
const at = args.indexOf('--cases');
const casesDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
const filters = args;
const cases = listCases(casesDir).filter((c) => filters.length === 0 || filters.some((f) => c.id.startsWith(f)));
const work = mkdtempSync(join(tmpdir(), 'mcpver-eval-'));
const rows: { c: CorpusCase; required: string; rules: string[] }[] = [];
try {
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      try {
        rows.push({ c, ...(await requiredByCli(c, work)) });
      } catch (error) {
        rows.push({
          c,
          required: `error: ${
            String((error as { stderr?: string }).stderr ?? error)
              .trim()
              .split('\n')[0]
          }`,
          rules: [],
        });
      }
    }
  };
  await Promise.all([worker(), worker()]);
} finally {
  rmSync(work, { recursive: true, force: true });
}

rows.sort((a, b) => a.c.id.localeCompare(b.c.id));
// A pair with no visible change at all still ships as a patch release.
const agrees = (label: string, required: string) => label === required || (label === 'patch' && required === 'none');
const wrong = rows.filter((r) => !agrees(r.c.level, r.required));
for (const r of wrong) {
  console.log(
    `✗ ${r.c.id}: labelled ${r.c.level}, mcpver requires ${r.required}\n    why: ${r.c.why}\n    changes: ${r.rules.join(', ') || '(none)'}`,
  );
}
const falseMajor = wrong.filter((r) => r.c.level === 'patch' && r.required === 'major').length;
console.log(
  `\n${rows.length - wrong.length}/${rows.length} pairs at the labelled level; ${falseMajor} false major on patch-only pairs.`,
);
process.exitCode = wrong.length === 0 ? 0 : 1;
