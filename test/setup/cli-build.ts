// vitest globalSetup: the CLI built once per run, for the tests that start it as a process (where the
// process boundary is the point: exit statuses, several processes at once). Compiling the TypeScript
// sources in every child (`node --import tsx src/cli.ts`) cost seconds per start on a loaded machine.
//
// The build sits in the repository's .tmp/ (ignored by git) rather than the system's temporary
// folder: its dependencies stay outside the bundle and resolve from the repository's node_modules,
// and `mcpver --version` finds package.json two folders up, as from dist/cli/.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The CLI bundle of this run: `node <file> …args` runs `mcpver …args`. */
    mcpverCli: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, '.tmp', 'test-cli-'));
  const file = path.join(dir, 'cli.js');
  try {
    await build({
      entryPoints: [path.join(ROOT, 'src/cli.ts')],
      outfile: file,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Building the CLI for the tests failed: ${(error as Error).message}`);
  }
  project.provide('mcpverCli', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
