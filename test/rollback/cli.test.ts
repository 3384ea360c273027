import { afterEach, describe, expect, it } from 'vitest';
import { mcpver, ROOT } from '../helpers/cli.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { startNpmRegistry } from '../helpers/npm-registry.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** A repository with release 1.0.0 and a later commit on main that changes and adds files. */
function releasedRepo(): { repo: TempRepo; v1: string; v2: string } {
  const repo = tempRepo('mcpver-rollback-');
  repos.push(repo);
  repo.write('server.js', 'export const tools = ["search"];\n');
  const v1 = repo.commit('release 1.0.0', 'v1.0.0');
  repo.write('server.js', 'export const tools = ["find"];\n');
  repo.write('extra.js', 'export {};\n');
  const v2 = repo.commit('release 2.0.0', 'v2.0.0');
  return { repo, v1, v2 };
}

/** As a user runs it, from another folder with --repo (the child resolves tsx from the project). */
function run(repo: TempRepo, ...args: string[]) {
  return mcpver(['rollback', '--repo', repo.dir, ...args], ROOT);
}

function json<T>(result: { stdout: string; stderr: string; code: number }): T {
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as T;
}

describe('mcpver rollback on a local repository', () => {
  it('makes a point as an annotated tag with its metadata and a record on the state branch, once', async () => {
    const { repo, v1 } = releasedRepo();
    const first = json<{ created: boolean; record: { id: string; tag: string; tree: string } }>(
      await run(
        repo,
        'create',
        '--ref',
        'v1.0.0',
        '--package',
        'weather',
        '--version',
        '1.0.0',
        '--reason',
        'release',
        '--json',
      ),
    );
    expect(first.created).toBe(true);
    expect(repo.git('cat-file', '-t', `refs/tags/${first.record.tag}`).trim()).toBe('tag');
    expect(repo.git('rev-parse', `${first.record.tag}^{commit}`).trim()).toBe(v1);
    const message = repo.git('tag', '-l', '--format=%(contents)', first.record.tag);
    expect(message).toContain(`commit: ${v1}`);
    expect(message).toContain(`tree: ${repo.git('rev-parse', `${v1}^{tree}`).trim()}`);
    expect(message).toContain('package: weather');
    expect(message).toMatch(/expires: \d{4}-/);
    const record = JSON.parse(repo.git('show', `mcpver/state:rollbacks/${first.record.id}.json`));
    expect(record).toMatchObject({
      id: first.record.id,
      commit: v1,
      tree: first.record.tree,
      version: '1.0.0',
      reason: 'release',
    });

    const again = await run(
      repo,
      'create',
      '--ref',
      'v1.0.0',
      '--package',
      'weather',
      '--version',
      '1.0.0',
      '--reason',
      'release',
    );
    expect(again.stdout).toContain(`Already had rollback point ${first.record.id}`);
    expect(repo.git('log', '--format=%s', 'mcpver/state').trim().split('\n')).toHaveLength(1);
  });

  it('restores a version as one commit on top of main whose tree is the recorded tree, and does it once', async () => {
    const { repo, v1, v2 } = releasedRepo();
    await run(repo, 'create', '--ref', 'v1.0.0', '--package', 'weather', '--version', '1.0.0', '--reason', 'release');
    const restored = await run(repo, 'restore', '1.0.0');
    expect(restored.code, restored.stderr).toBe(0);
    const branch = /Branch (\S+) /.exec(restored.stdout)![1]!;
    expect(branch).toMatch(/^mcpver\/restore\/weather-v1\.0\.0-/);
    expect(repo.git('rev-parse', `${branch}^{tree}`).trim()).toBe(repo.git('rev-parse', `${v1}^{tree}`).trim());
    expect(repo.git('rev-list', '--parents', '-n', '1', branch).trim().split(' ').slice(1)).toEqual([v2]);
    expect(repo.git('rev-parse', 'main').trim()).toBe(v2);
    expect(restored.stdout).toContain('2 file(s) change back');

    const again = await run(repo, 'restore', '1.0.0');
    expect(again.stdout).toContain(`The branch ${branch} already restores`);
    const record = JSON.parse(repo.git('show', `mcpver/state:rollbacks/${branch.split('/').pop()}.json`));
    expect(record.restore).toMatchObject({ status: 'open', branch, pullRequest: null, requestedBy: 'cli' });
  });

  it("sets the version to publish next in the package's package.json, above what the npm registry has, and leaves the working tree alone", async () => {
    const repo = tempRepo('mcpver-rollback-');
    repos.push(repo);
    repo.write('.github/mcpver.yml', 'packages:\n  - path: servers/weather\n');
    repo.write('servers/weather/package.json', { name: 'weather-mcp', version: '1.0.0' });
    repo.write('servers/weather/server.js', 'export const tools = ["search"];\n');
    const v1 = repo.commit('release 1.0.0', 'v1.0.0');
    repo.write('servers/weather/package.json', { name: 'weather-mcp', version: '1.1.0' });
    repo.write('servers/weather/server.js', 'export const tools = ["find"];\n');
    repo.commit('release 1.1.0', 'v1.1.0');
    const registry = await startNpmRegistry({ 'weather-mcp': ['1.0.0', '1.1.0', '1.1.1'] });
    try {
      await run(repo, 'create', '--ref', 'v1.0.0', '--package', 'weather-mcp', '--version', '1.0.0');
      const restored = await mcpver(['rollback', '--repo', repo.dir, 'restore', '1.0.0'], ROOT, {
        env: { npm_config_registry: registry.url },
      });
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.stdout).toContain('Publish it as 1.1.2 (set in servers/weather/package.json).');
      const branch = /Branch (\S+) /.exec(restored.stdout)![1]!;
      expect(repo.git('diff', '--name-only', v1, branch).trim()).toBe('servers/weather/package.json');
      expect(JSON.parse(repo.git('show', `${branch}:servers/weather/package.json`))).toEqual({
        name: 'weather-mcp',
        version: '1.1.2',
      });
      expect(repo.git('status', '--porcelain').trim()).toBe('');
    } finally {
      await registry.close();
    }
  });

  it('without an argument restores the newest point whose tree differs from main', async () => {
    const { repo, v1 } = releasedRepo();
    await run(repo, 'create', '--ref', 'v1.0.0', '--package', 'weather', '--version', '1.0.0', '--reason', 'release');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    await run(repo, 'create', '--ref', 'v2.0.0', '--package', 'weather', '--version', '2.0.0', '--reason', 'release');
    const restored = await run(repo, 'restore');
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/restores weather-v1\.0\.0-/);
    const branch = /Branch (\S+) /.exec(restored.stdout)![1]!;
    expect(repo.git('rev-parse', `${branch}^{tree}`).trim()).toBe(repo.git('rev-parse', `${v1}^{tree}`).trim());
  });

  it('moves a restore branch forward without forcing when main moved on', async () => {
    const { repo, v1 } = releasedRepo();
    await run(repo, 'create', '--ref', 'v1.0.0', '--package', 'weather', '--version', '1.0.0');
    const branch = /Branch (\S+) /.exec((await run(repo, 'restore', '1.0.0')).stdout)![1]!;
    const firstTip = repo.git('rev-parse', branch).trim();
    repo.write('later.js', 'export {};\n');
    const head = repo.commit('a later change');
    expect((await run(repo, 'restore', '1.0.0')).code).toBe(0);
    const tip = repo.git('rev-parse', branch).trim();
    expect(repo.git('rev-list', '--parents', '-n', '1', tip).trim().split(' ').slice(1)).toEqual([firstTip, head]);
    expect(repo.git('rev-parse', `${tip}^{tree}`).trim()).toBe(repo.git('rev-parse', `${v1}^{tree}`).trim());
  });

  it('refuses a point whose tag was moved, in verify and in restore, and writes nothing', async () => {
    const { repo, v2 } = releasedRepo();
    const { record } = json<{ record: { id: string; tag: string } }>(
      await run(repo, 'create', '--ref', 'v1.0.0', '--version', '1.0.0', '--json'),
    );
    const message = repo.git('tag', '-l', '--format=%(contents)', record.tag);
    repo.git('tag', '-d', record.tag);
    repo.git('tag', '-a', record.tag, '-m', message, v2);
    const stateBefore = repo.git('rev-parse', 'mcpver/state').trim();

    const verify = await run(repo, 'verify');
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain(`FAILED  ${record.id}: its tag ${record.tag} was moved: it points at ${v2}`);
    const restore = await run(repo, 'restore', record.id);
    expect(restore.code).toBe(2);
    expect(restore.stderr).toContain(`The rollback point ${record.id} failed its integrity check`);
    expect(repo.git('for-each-ref', 'refs/heads/mcpver/restore/').trim()).toBe('');
    expect(repo.git('rev-parse', 'mcpver/state').trim()).toBe(stateBefore);
  });

  it('shows a rollback tag left without its record (a kill between tag and record), and verify --adopt writes the record from the tag', async () => {
    const { repo, v1 } = releasedRepo();
    const { record } = json<{ record: { id: string; tag: string; tree: string } }>(
      await run(
        repo,
        'create',
        '--ref',
        'v1.0.0',
        '--package',
        'weather',
        '--version',
        '1.0.0',
        '--reason',
        'release',
        '--json',
      ),
    );
    // What a process killed after the tag and before the record leaves: the tag alone.
    repo.git('update-ref', '-d', 'refs/heads/mcpver/state');
    // And a tag of the namespace that is no rollback point at all.
    repo.git('tag', 'mcpver/rollback/stray', v1);

    const list = await run(repo, 'list');
    expect(list.stdout).toContain(`orphan tag ${record.tag}: no record; \`mcpver rollback verify --adopt\` adopts it`);
    expect(list.stdout).toContain(
      'orphan tag mcpver/rollback/stray: no record; it cannot be adopted (it is not an annotated tag made by mcpver)',
    );
    const adopt = await run(repo, 'verify', '--adopt');
    expect(adopt.stdout).toContain(`adopted ${record.id}: its tag ${record.tag} had no record`);
    expect(adopt.stdout).toContain(
      'ORPHAN  mcpver/rollback/stray: no record; cannot be adopted: it is not an annotated tag made by mcpver',
    );
    // The stray tag is still an orphan: verify fails until someone removes it.
    expect(adopt.code).toBe(1);
    expect(JSON.parse(repo.git('show', `mcpver/state:rollbacks/${record.id}.json`))).toMatchObject({
      id: record.id,
      tag: record.tag,
      commit: v1,
      tree: record.tree,
      version: '1.0.0',
      reason: 'release',
    });
  });

  it('refuses a lightweight tag put where the annotated tag was', async () => {
    const { repo, v1 } = releasedRepo();
    const { record } = json<{ record: { id: string; tag: string } }>(
      await run(repo, 'create', '--ref', 'v1.0.0', '--version', '1.0.0', '--json'),
    );
    repo.git('tag', '-d', record.tag);
    repo.git('tag', record.tag, v1);
    const verify = await run(repo, 'verify', record.id);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('is a lightweight tag');
  });

  it('prunes beyond the configured count, tag and record together, but keeps a point with a pending restore', async () => {
    const { repo } = releasedRepo();
    repo.write('.github/mcpver.yml', 'rollback:\n  max-count: 1\n');
    repo.commit('config');
    const ids: string[] = [];
    for (const ref of ['v1.0.0', 'v2.0.0', 'HEAD']) {
      ids.push(
        json<{ record: { id: string } }>(await run(repo, 'create', '--ref', ref, '--package', 'weather', '--json'))
          .record.id,
      );
      // created timestamps must differ for "newest"; git and the clock give millisecond resolution
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
    expect((await run(repo, 'restore', ids[0]!)).code).toBe(0);
    const pruned = json<{ pruned: Array<{ id: string }>; kept: string[] }>(await run(repo, 'prune', '--json'));
    expect(pruned.pruned.map((p) => p.id)).toEqual([ids[1]]);
    expect(pruned.kept).toEqual([ids[0]]);
    expect(repo.git('tag', '-l', 'mcpver/rollback/*').trim().split('\n').sort()).toEqual(
      [`mcpver/rollback/${ids[0]}`, `mcpver/rollback/${ids[2]}`].sort(),
    );
    expect(repo.git('ls-tree', '--name-only', 'mcpver/state', 'rollbacks/').trim().split('\n').sort()).toEqual(
      [`rollbacks/${ids[0]}.json`, `rollbacks/${ids[2]}.json`].sort(),
    );
  });

  it('says clearly when a version was never released or a point does not exist', async () => {
    const { repo } = releasedRepo();
    await run(repo, 'create', '--ref', 'v1.0.0', '--package', 'weather', '--version', '1.0.0');
    const never = await run(repo, 'restore', '9.9.9');
    expect(never.code).toBe(2);
    expect(never.stderr).toMatch(
      /There is no rollback point for version 9\.9\.9: it was never released with mcpver here, or its point was pruned\. Points: manual-weather-v1\.0\.0-/,
    );
    const missing = await run(repo, 'restore', 'nope');
    expect(missing.stderr).toContain('There is no rollback point "nope".');
    const bad = await run(repo, 'create', '--ref', 'no-such-ref');
    expect(bad.stderr).toContain('The ref "no-such-ref" does not exist');
  });
});
