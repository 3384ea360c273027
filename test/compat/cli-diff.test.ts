// `mcpver diff --json` on snapshots of the published reference servers, taken over stdio and written
// to files: the verdict and the changes a script reads, through the real command line.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { parseSnapshotJson } from '../../src/surface/capture.ts';
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
    for (const [alias, args] of [
      ['memory-2025-04', ''],
      ['memory-2026-08', ''],
      ['everything-2025-01', ''],
      ['everything-2026-08', 'stdio'],
    ] as const) {
      writeFileSync(path.join(dir, `${alias}.json`), JSON.stringify(await runtimeSnapshot(alias, args)));
    }
  });

  it('passes server-memory 2025.4.25 → 2026.8.31 and says a minor release is required', async () => {
    const { status, stdout } = await mcpverDiff(
      path.join(dir, 'memory-2025-04.json'),
      path.join(dir, 'memory-2026-08.json'),
      '--json',
    );
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { required: string; summary: { major: number } };
    expect(report.required).toBe('minor');
    expect(report.summary.major).toBe(0);
  });

  it('fails server-everything 2025.1.14 → 2026.8.31 and lists each tool rename with its migration', async () => {
    const { status, stdout } = await mcpverDiff(
      path.join(dir, 'everything-2025-01.json'),
      path.join(dir, 'everything-2026-08.json'),
      '--json',
    );
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as {
      required: string;
      changes: { rule: string; migration?: { from: string; to: string } }[];
    };
    expect(report.required).toBe('major');
    expect(
      report.changes.filter((c) => c.rule === 'tool-renamed').map((c) => `${c.migration!.from}→${c.migration!.to}`),
    ).toEqual([
      'add→get-sum',
      'getTinyImage→get-tiny-image',
      'longRunningOperation→trigger-long-running-operation',
      'printEnv→get-env',
    ]);
  });
});

describe('mcpver diff on captures that do not hold every list (issue 19, class 2)', () => {
  const search = { name: 'search', inputSchema: { type: 'object', properties: { q: { type: 'string' } } } };
  const summarize = { name: 'summarize', arguments: [{ name: 'text', required: true }] };
  const initialize = (capabilities: Record<string, unknown>) => ({
    protocolVersion: '2025-06-18',
    serverInfo: { name: 'srv', version: '1.0.0' },
    capabilities,
  });
  const write = (name: string, capture: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(capture));
    return file;
  };
  const diff = async (a: string, b: string) => {
    const { status, stdout, stderr } = await mcpverDiff(a, b, '--json');
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as {
      required: string;
      changes: { rule: string; level: string; subject: string }[];
      warnings: string[];
    };
    return {
      status,
      required: report.required,
      changes: report.changes.map((c) => `${c.rule} ${c.level} ${c.subject}`),
      warnings: report.warnings,
    };
  };

  it('reads a list missing from one capture as not captured: nothing removed, no capability inferred, and says so', async () => {
    const both = write('both.json', { tools: [search], prompts: [summarize] });
    const toolsOnly = write('tools-only.json', { tools: [search] });
    expect(await diff(both, toolsOnly)).toEqual({
      status: 0,
      required: 'none',
      changes: [],
      warnings: [
        'mcp: the declared capabilities (the initialize result) were not compared: neither capture holds them (a part missing from a capture is unknown, not empty).',
        'mcp: prompts were not compared: the new capture does not hold them (a part missing from a capture is unknown, not empty).',
        'mcp: resources were not compared: neither capture holds them (a part missing from a capture is unknown, not empty).',
        'mcp: resource templates were not compared: neither capture holds them (a part missing from a capture is unknown, not empty).',
      ],
    });
    // The other way round (in process): a list only the new capture holds is no new capability either.
    const read = (file: string) => parseSnapshotJson(readFileSync(file, 'utf8'), file);
    expect(diffSnapshots(read(toolsOnly), read(both))).toEqual([]);
  });

  it('still reads a captured empty list and a capability the initialize result no longer declares as changes', async () => {
    const before = write('declared-before.json', {
      ...initialize({ tools: {}, prompts: {} }),
      tools: [search],
      prompts: [summarize],
    });
    const emptied = write('declared-after.json', { ...initialize({ tools: {} }), tools: [search], prompts: [] });
    const result = await diff(before, emptied);
    expect(result.status).toBe(1);
    expect(result.changes).toEqual([
      'capability-removed major capability:prompts',
      'prompt-removed major prompt:summarize',
    ]);
  });
});
