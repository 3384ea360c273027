// Runtime snapshots of the published servers installed as devDependency aliases, for the compat tests.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeRuntimeSurface } from '../../src/surface/mcp-runtime.ts';
import { emptySnapshot, type Snapshot } from '../../src/surface/types.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Start an installed package's server (its bin, with `args`) and snapshot its MCP surface. */
export async function runtimeSnapshot(alias: string, args = ''): Promise<Snapshot> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', alias, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  const bin = path.join(ROOT, 'node_modules', alias, Object.values(manifest.bin)[0]!);
  const { mcp } = await takeRuntimeSurface({
    command: `node ${JSON.stringify(bin)} ${args}`.trim(),
    cwd: path.join(ROOT, 'node_modules', alias),
  });
  const snapshot = emptySnapshot();
  snapshot.mcp = mcp;
  snapshot.provenance.mcp = 'runtime';
  return snapshot;
}
