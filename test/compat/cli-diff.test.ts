// `mcpver diff --json` on snapshots of the published reference servers, taken over stdio and written
// to files: the verdict and the changes a script reads, through the real command line.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpver } from '../helpers/cli.ts';
import { ROOT, runtimeSnapshot } from './runtime.ts';
const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-cli-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function mcpverDiff(oldFile: string, newFile: string, ...flags: string[]) {
  const run = await mcpver(['diff', oldFile, newFile, ...flags], ROOT);
  return { status: run.code, stdout: run.stdout, stderr: run.stderr };
}

describe('mcpver diff --json on snapshots of real servers', () => {
  beforeAll(async () => {
    for (const [alias, args] of [['memory-2025-04', ''], ['memory-2026-08', ''], ['everything-2025-01', ''], ['everything-2026-08', 'stdio']] as const) {
      writeFileSync(path.join(dir, `${alias}.json`), JSON.stringify(await runtimeSnapshot(alias, args)));
    }
  });

  it('passes server-memory 2025.4.25 → 2026.8.31 and says a minor release is required', async () => {
    const { status, stdout } = await mcpverDiff(path.join(dir, 'memory-2025-04.json'), path.join(dir, 'memory-2026-08.json'), '--json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { required: string; summary: { major: number } };
    expect(report.required).toBe('minor');
    expect(report.summary.major).toBe(0);
  });

  it('fails server-everything 2025.1.14 → 2026.8.31 and lists each tool rename with its migration', async () => {
    const { status, stdout } = await mcpverDiff(path.join(dir, 'everything-2025-01.json'), path.join(dir, 'everything-2026-08.json'), '--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { required: string; changes: { rule: string; migration?: { from: string; to: string } }[] };
    expect(report.required).toBe('major');
    expect(report.changes.filter((c) => c.rule === 'tool-renamed').map((c) => `${c.migration!.from}→${c.migration!.to}`)).toEqual([
      'add→get-sum', 'getTinyImage→get-tiny-image', 'longRunningOperation→trigger-long-running-operation', 'printEnv→get-env',
    ]);
  });
});
