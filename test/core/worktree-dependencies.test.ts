import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Git } from '../../src/git.ts';
import { takeSnapshotAtRef } from '../../src/surface/snapshot.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

describe('a version at a tag, without an install command', () => {
  let repo: TempRepo;
  afterEach(() => repo.remove());

  it("runs with the checkout's installed dependencies, says so, and leaves them in place", async () => {
    repo = tempRepo();
    repo.write('.gitignore', 'node_modules/\n');
    repo.write('package.json', { name: 'srv', version: '1.0.0', type: 'module' });
    // The server at the tag needs a dependency that only the checkout has installed.
    repo.write('server.mjs', "import { greet } from 'greeter'; greet();\n");
    repo.commit('v1', 'v1.0.0');
    mkdirSync(path.join(repo.dir, 'node_modules/greeter'), { recursive: true });
    writeFileSync(
      path.join(repo.dir, 'node_modules/greeter/package.json'),
      JSON.stringify({ name: 'greeter', type: 'module', main: 'index.js' }),
    );
    writeFileSync(path.join(repo.dir, 'node_modules/greeter/index.js'), 'export const greet = () => {};\n');

    const snapshot = await takeSnapshotAtRef(new Git(repo.dir), 'v1.0.0', {
      extraParts: [
        async ({ dir }) => {
          // Resolving the dependency from the worktree proves it was reachable there.
          await import(path.join(dir, 'server.mjs'));
          return {};
        },
      ],
    });
    expect(snapshot.provenance.warnings.map((w) => w.message).join('\n')).toContain(
      'ran with the dependencies installed in node_modules',
    );
    expect(existsSync(path.join(repo.dir, 'node_modules/greeter/index.js'))).toBe(true);
  });

  it('does not borrow when an install command is configured', async () => {
    repo = tempRepo();
    repo.write('package.json', { name: 'srv', version: '1.0.0' });
    repo.commit('v1', 'v1.0.0');
    mkdirSync(path.join(repo.dir, 'node_modules'), { recursive: true });
    const snapshot = await takeSnapshotAtRef(new Git(repo.dir), 'v1.0.0', {
      install: 'node -e "process.exit(0)"',
      extraParts: [
        async ({ dir }) => ({
          provenance: {
            warnings: existsSync(path.join(dir, 'node_modules')) ? [{ part: 'test', message: 'borrowed' }] : [],
          },
        }),
      ],
    });
    expect(snapshot.provenance.warnings).toEqual([]);
  });
});
