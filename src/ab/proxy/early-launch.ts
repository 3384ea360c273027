// The proxy's start is on the client's path: before it loads what validates definitions and writes
// the state branch, it reads the stored test with one git command, assigns the unit, and launches
// that version, so that the server boots while the proxy finishes starting. The full start then
// assigns again from the validated test and uses this launch only when it agrees.

import { execFile } from 'node:child_process';
import { assignVariant } from '../assign.ts';
import type { Variant } from '../test.ts';
import { StdioUpstream, isUrlTarget, type StdioUpstreamOptions } from './upstream.ts';

export interface EarlyLaunch {
  variant: Variant;
  upstream: StdioUpstream;
}

/** The stored test's split and status, read with `git cat-file` (null when there is none to read). */
function readStoredTest(
  repoDir: string,
  branch: string,
  testId: string,
): Promise<{ split?: { A: number; B: number }; status?: string } | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['cat-file', 'blob', `refs/heads/${branch}:ab/${testId}/test.json`],
      { cwd: repoDir, timeout: 10_000 },
      (error, stdout) => {
        if (error) return resolve(null);
        try {
          resolve(JSON.parse(stdout) as { split?: { A: number; B: number }; status?: string });
        } catch {
          resolve(null);
        }
      },
    );
  });
}

/** Launch the unit's version early, when the test is stored and running and the version is a command. */
export async function launchEarly(options: {
  repoDir: string;
  branch: string;
  testId: string;
  unit: string;
  targets: { A: string; B: string };
  upstream: StdioUpstreamOptions;
}): Promise<EarlyLaunch | null> {
  const stored = await readStoredTest(options.repoDir, options.branch, options.testId);
  if (!stored || stored.status !== 'running') return null;
  let variant: Variant;
  try {
    variant = assignVariant(options.testId, options.unit, stored.split);
  } catch {
    return null; // a split the full start will refuse, with its own message
  }
  const target = options.targets[variant];
  if (isUrlTarget(target)) return null;
  const upstream = new StdioUpstream(target, options.upstream);
  upstream.launch();
  return { variant, upstream };
}
