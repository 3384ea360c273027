// The server's environment: variables passed from mcpver's environment reach the server, and
// their values never appear in what mcpver writes (errors, outputs, snapshots).

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SnapshotError } from '../../src/surface/errors.ts';
import { takeSnapshot } from '../../src/surface/snapshot.ts';
import { stableJson } from '../../src/render/json.ts';
import { ROOT, removeTempDirs, tempDir } from './helpers.ts';
import { writeFileSync } from 'node:fs';

const ENV_SERVER = path.join(ROOT, 'test/fixtures/servers/env-server.mjs');
/** A made-up key, long enough to be a real one. */
const KEY = 'fx-live-7f3a9c1e5b2d4a6f8e0c';

afterAll(removeTempDirs);

function packageDir(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'needs-a-key', version: '1.0.0' }));
  return dir;
}

describe('a server that needs an API key at start-up', () => {
  it('cannot start without it, and says what the server said', async () => {
    const error = await takeSnapshot({ dir: packageDir(), command: `node ${ENV_SERVER}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as Error).message).toContain('FIXTURE_API_KEY is not set');
  });

  it('is read when the key is passed, and the key is nowhere in the snapshot', async () => {
    const snapshot = await takeSnapshot({
      dir: packageDir(),
      command: `node ${ENV_SERVER}`,
      passEnv: { FIXTURE_API_KEY: KEY },
    });
    expect(snapshot.mcp!.tools[0]!.description).toBe('Searches. Sees FIXTURE_API_KEY.');
    expect(stableJson(snapshot)).not.toContain(KEY);
  });

  it("gets only what is passed: the rest of mcpver's environment stays out", async () => {
    process.env.FIXTURE_NOT_PASSED = 'should-not-reach-the-server';
    try {
      const snapshot = await takeSnapshot({
        dir: packageDir(),
        command: `node ${ENV_SERVER}`,
        passEnv: { FIXTURE_API_KEY: KEY },
      });
      expect(snapshot.mcp!.tools[0]!.description).not.toContain('FIXTURE_NOT_PASSED');
    } finally {
      delete process.env.FIXTURE_NOT_PASSED;
    }
  });
});

describe('a server that exposes the key it was given', () => {
  it('has the key masked in the error when it logs it and exits', async () => {
    const error = (await takeSnapshot({
      dir: packageDir(),
      command: `node ${ENV_SERVER} --log-key`,
      passEnv: { FIXTURE_API_KEY: KEY },
    }).catch((e: unknown) => e)) as SnapshotError;
    expect(error).toBeInstanceOf(SnapshotError);
    expect(error.message).toContain('invalid API key ***');
    for (const text of [error.message, error.output ?? '', String(error.stack), JSON.stringify(error)])
      expect(text).not.toContain(KEY);
  });

  it('has the key masked in the snapshot when it lists it, with a warning naming the variable', async () => {
    const snapshot = await takeSnapshot({
      dir: packageDir(),
      command: `node ${ENV_SERVER} --echo-key`,
      passEnv: { FIXTURE_API_KEY: KEY },
    });
    expect(snapshot.mcp!.tools[0]!.description).toBe('Searches with the key ***.');
    expect(snapshot.provenance.warnings.map((w) => w.message)).toContain(
      'The server put the value of FIXTURE_API_KEY (passed to it from the environment) in what it lists; it is recorded as "***".',
    );
    expect(stableJson(snapshot)).not.toContain(KEY);
  });

  it('masks the key in the output of a failing install too', async () => {
    const error = (await takeSnapshot({
      dir: packageDir(),
      install: `node -e "console.log('token', process.env.FIXTURE_API_KEY); process.exit(3)"`,
      passEnv: { FIXTURE_API_KEY: KEY },
    }).catch((e: unknown) => e)) as SnapshotError;
    expect(error.message).toContain('failed with exit code 3');
    expect(error.message).toContain('token ***');
    expect(`${error.message}${error.output}`).not.toContain(KEY);
  });
});
