// vitest globalSetup: what tests start as processes, built once per run. Where the process boundary is
// the point (exit statuses, several processes racing on one repository) a test starts a child;
// compiling the TypeScript sources in every child (`node --import tsx …`) cost seconds per start on
// a loaded machine.
//
// The build sits in the repository's .tmp/ (ignored by git) rather than the system's temporary
// folder: dependencies stay outside the bundles and resolve from the repository's node_modules, and
// `mcpver --version` finds package.json two folders up, as from dist/cli/.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

/** What each bundle is built from. */
const ENTRIES = {
  /** `node <file> …args` runs `mcpver …args`. */
  mcpverCli: 'src/cli.ts',
  /** A writer of the local state branch (test/state/concurrency-local.test.ts). */
  stateWriter: 'test/state/local-writer.ts',
} as const;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundles of this run, by name, as files to run with node. */
    bundles: Record<keyof typeof ENTRIES, string>;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, '.tmp', 'test-bundles-'));
  try {
    await build({
      entryPoints: Object.entries(ENTRIES).map(([name, entry]) => ({ in: path.join(ROOT, entry), out: name })),
      outdir: dir,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Building the test bundles failed: ${(error as Error).message}`);
  }
  const names = Object.keys(ENTRIES) as Array<keyof typeof ENTRIES>;
  project.provide(
    'bundles',
    Object.fromEntries(names.map((name) => [name, path.join(dir, `${name}.js`)])) as Record<
      keyof typeof ENTRIES,
      string
    >,
  );
  return () => rmSync(dir, { recursive: true, force: true });
}
