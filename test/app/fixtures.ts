// Real reports for the App tests: MCP list captures of two versions, diffed by the real rules.

import { readFileSync } from 'node:fs';
import { buildReport, type Report } from '../../src/compat/report.ts';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { snapshotFromCapture } from '../../src/surface/capture.ts';
import type { Snapshot } from '../../src/surface/types.ts';

const fixture = (rule: string, side: 'old' | 'new') =>
  snapshotFromCapture(
    JSON.parse(readFileSync(new URL(`../fixtures/rules/${rule}/${side}.json`, import.meta.url), 'utf8')),
    `${rule}/${side}.json`,
  );

/** A release that adds a tool (`from` → `to`), with the snapshot of `to`. */
export function releaseCheck(
  rule: 'tool-added' | 'tool-removed',
  from: string,
  to: string,
): { report: Report; snapshot: Snapshot } {
  const old = fixture(rule, 'old');
  const next = fixture(rule, 'new');
  const report = buildReport({
    old,
    new: next,
    changes: diffSnapshots(old, next),
    from: { ref: `v${from}`, version: from },
    to: { ref: `v${to}`, version: to },
  });
  return { report: { ...report, package: 'acme-server' }, snapshot: next };
}
