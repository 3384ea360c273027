// The snapshot of a release as it was published to the npm registry: already built, so there is no
// checkout and no build; npm installs it with its dependencies (scripts off unless configured) into
// a temporary folder, which is removed afterwards, also on interrupt.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { registerCleanup } from '../process/cleanup.ts';
import { shellWord } from './install.ts';
import { step } from './progress.ts';
import { runSetupCommand } from './setup-command.ts';
import { takeSnapshot, type TakeSnapshotAtRefOptions } from './snapshot.ts';
import type { Snapshot } from './types.ts';

/** `npm:<name>@<version>`: how a published snapshot records where it came from. */
export function publishedRef(name: string, version: string): string {
  return `npm:${name}@${version}`;
}

/** Install `name@version` from the registry npm is configured with, and snapshot it there. */
export async function takeSnapshotOfPublished(
  name: string,
  version: string,
  options: TakeSnapshotAtRefOptions = {},
): Promise<Snapshot> {
  const folder = await mkdtemp(path.join(tmpdir(), 'mcpver-published-'));
  const remove = () => rm(folder, { recursive: true, force: true });
  const unregister = registerCleanup('files', remove);
  try {
    await writeFile(path.join(folder, 'package.json'), '{ "private": true }\n');
    const words = ['npm', 'install', `${name}@${version}`, '--no-save', '--no-package-lock', '--no-audit', '--no-fund'];
    if (!options.installScripts) words.push('--ignore-scripts');
    const spec = `${name}@${version}`;
    await step(options.progress, `download ${spec} from the npm registry`, () =>
      runSetupCommand('install', words.map(shellWord).join(' '), folder, {
        env: { ...options.env, ...options.passEnv },
        setupTimeoutMs: options.setupTimeoutMs,
      }),
    );
    const { path: _path, install: _install, installScripts: _scripts, build: _build, ...rest } = options;
    const snapshot = await takeSnapshot({
      ...rest,
      label: options.label ?? spec,
      dir: path.join(folder, 'node_modules', name),
    });
    snapshot.provenance.ref = publishedRef(name, version);
    return snapshot;
  } finally {
    await remove();
    unregister();
  }
}
