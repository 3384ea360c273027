import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/core';
import { GitHubDouble } from '../github/double.ts';
import { matching } from '../github/faults.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';
import { StateBranchError, StateCorruptError, StateReadOnlyError } from '../../src/state/errors.ts';

const fixedNow = () => new Date('2026-11-25T10:00:00Z');
const noWait = { sleep: async () => {} };
let double: GitHubDouble;
let octokit: Octokit;

beforeEach(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server');
  double.addToken('ghs_writer', 'mcpver[bot]');
  octokit = new Octokit({ auth: 'ghs_writer', baseUrl: double.url });
});
afterEach(() => double.close());

function store(repo = 'server') {
  return new GitHubStateStore({ octokit, owner: 'acme', repo, now: fixedNow, retry: noWait });
}

const refUpdates = () => double.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'));

describe('the GitHub state store', () => {
  it('bootstraps the orphan state branch with createRef, then updates it with force: false', async () => {
    const first = await store().transact('seed', async (tx) => tx.writeJson('registry.json', { packages: {} }), {
      actor: 'alice',
      operation: 'seed',
    });
    const second = await store().transact('add', async (tx) => tx.writeJson('snapshots/pkg/1.0.0.json', { v: 1 }));

    const git = double.repository('acme/server').git;
    expect(await git.refTarget('refs/heads/mcpver/state')).toBe(second.commit);
    expect((await git.readCommit(first.commit!)).parents).toEqual([]);
    expect((await git.readCommit(second.commit!)).parents).toEqual([first.commit]);
    expect(
      double.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/refs')).map((r) => r.body),
    ).toEqual([{ ref: 'refs/heads/mcpver/state', sha: first.commit }]);
    expect(refUpdates().map((r) => (r.body as { force: boolean }).force)).toEqual([false]);
    expect(await store().list('')).toEqual(['log/2026-11.ndjson', 'registry.json', 'snapshots/pkg/1.0.0.json']);
    expect(await store().read('registry.json')).toBe('{\n  "packages": {}\n}\n');
  });

  it('re-reads and re-applies when another writer moved the branch after its read, never forcing', async () => {
    const s = store();
    await s.transact('seed', async (tx) => tx.writeJson('counter.json', { n: 0 }));
    // The second read of the ref is the check just before writing: the branch moves right after it,
    // so this attempt's ref update is refused as not a fast forward.
    double.faults.moveBranchAfterReads('acme/server', 'mcpver/state', 2);
    const { attempts, result } = await s.transact('increment', async (tx) => {
      const n = (await tx.readJson<{ n: number }>('counter.json'))!.n + 1;
      tx.writeJson('counter.json', { n });
      return n;
    });
    expect(attempts).toBe(2);
    expect(result).toBe(1);
    expect(await s.readJson('counter.json')).toEqual({ n: 1 });
    expect(await s.read('.double/moved-1')).toBe('moved 1\n');
    expect(refUpdates().map((r) => [r.status, (r.body as { force: boolean }).force])).toEqual([
      [422, false],
      [200, false],
    ]);
  });

  it('does not upload a commit that cannot land when the branch moved while the transaction ran', async () => {
    const s = store();
    await s.transact('seed', async (tx) => tx.writeJson('counter.json', { n: 0 }));
    double.faults.moveBranchAfterReads('acme/server', 'mcpver/state', 1);
    const { attempts } = await s.transact('increment', async (tx) =>
      tx.writeJson('counter.json', { n: (await tx.readJson<{ n: number }>('counter.json'))!.n + 1 }),
    );
    expect(attempts).toBe(2);
    expect(await s.readJson('counter.json')).toEqual({ n: 1 });
    expect(refUpdates().map((r) => r.status)).toEqual([200]);
    expect(double.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/commits'))).toHaveLength(2); // the seed and the one that landed
  });

  it('two writers bootstrapping at once both land: the loser of createRef builds on the winner', async () => {
    const [a, b] = await Promise.all([
      store().transact('a', async (tx) => tx.writeJson('a.json', {})),
      store().transact('b', async (tx) => tx.writeJson('b.json', {})),
    ]);
    expect([a.attempts, b.attempts].sort()).toEqual([1, 2]);
    expect(await store().list('')).toEqual(['a.json', 'b.json', 'log/2026-11.ndjson']);
    expect(
      double.requests
        .filter((r) => r.path.endsWith('/git/refs') && r.status === 422)
        .map((r) => (r.response as { message: string }).message),
    ).toEqual(['Reference already exists']);
  });

  it('treats an update that answered 502 but landed as done, without applying the change twice', async () => {
    const s = store();
    await s.transact('seed', async (tx) => tx.writeJson('counter.json', { n: 0 }));
    double.faults.applyThenFail(matching('PATCH', /\/git\/refs\/heads\/mcpver\/state$/));
    const { result, commit } = await s.transact('increment', async (tx) => {
      const n = (await tx.readJson<{ n: number }>('counter.json'))!.n + 1;
      tx.writeJson('counter.json', { n });
      return n;
    });
    expect(result).toBe(1);
    expect(await s.head()).toBe(commit);
    expect(await s.readJson('counter.json')).toEqual({ n: 1 });
    expect(refUpdates().map((r) => r.status)).toEqual([502]);
  });

  it('backs off and tries again when GitHub answers with a secondary rate limit', async () => {
    const s = store();
    await s.transact('seed', async (tx) => tx.writeJson('counter.json', { n: 0 }));
    double.faults.secondaryRateLimit(1, matching('POST', /\/git\/commits$/));
    const { attempts } = await s.transact('increment', async (tx) => tx.writeJson('counter.json', { n: 1 }));
    expect(attempts).toBe(2);
    expect(await s.readJson('counter.json')).toEqual({ n: 1 });
    expect(double.requests.filter((r) => r.status === 403).map((r) => r.path)).toEqual([
      '/repos/acme/server/git/commits',
    ]);
  });

  it('retries after a 502 that did nothing', async () => {
    const s = store();
    await s.transact('seed', async (tx) => tx.writeJson('counter.json', { n: 0 }));
    double.faults.failNext(matching('POST', /\/git\/trees$/));
    const { attempts } = await s.transact('increment', async (tx) => tx.writeJson('counter.json', { n: 1 }));
    expect(attempts).toBe(2);
    expect(await s.readJson('counter.json')).toEqual({ n: 1 });
  });

  it('refuses to write over a state file it cannot parse and names it and the commit', async () => {
    const s = store();
    const { commit } = await s.transact('seed', async (tx) => tx.write('registry.json', '{"packages": '));
    const writesBefore = double.writes().length;
    await expect(
      s.transact('update', async (tx) =>
        tx.writeJson('registry.json', { ...(await tx.readJson<object>('registry.json')), x: 1 }),
      ),
    ).rejects.toThrow(new StateCorruptError('registry.json', commit, 'x').message.split(' is not valid JSON')[0]!);
    expect(double.writes().length).toBe(writesBefore);
  });

  it('explains an empty repository (409) instead of retrying it', async () => {
    await double.createRepository('acme/empty', { empty: true });
    const attempt = store('empty').transact('seed', async (tx) => tx.writeJson('a.json', {}));
    await expect(attempt).rejects.toThrow(StateBranchError);
    await expect(attempt).rejects.toThrow(/acme\/empty is an empty repository .*Git Repository is empty/);
    expect(double.requests.filter((r) => r.path.startsWith('/repos/acme/empty'))).toHaveLength(1);
  });

  it('says clearly when the repository is missing or the branch is protected', async () => {
    await expect(store('nope').transact('x', async (tx) => tx.writeJson('a.json', {}))).rejects.toThrow(
      /acme\/nope was not found, or the token cannot see it/,
    );
    const s = store();
    await s.transact('seed', async (tx) => tx.writeJson('a.json', {}));
    double.repository('acme/server').protectedBranches.add('mcpver/state');
    await expect(s.transact('x', async (tx) => tx.writeJson('a.json', { b: 1 }))).rejects.toThrow(
      /GitHub refused to update the branch mcpver\/state of acme\/server \(422: "Protected branch update failed/,
    );
  });

  it("rides out a 502 on a read with Octokit's retry plugin enabled, as Probot's client has it", async () => {
    const { ProbotOctokit } = await import('probot');
    const withRetry = new ProbotOctokit({
      auth: { token: 'ghs_writer' },
      baseUrl: double.url,
      throttle: { enabled: false },
    } as never);
    const s = new GitHubStateStore({
      octokit: withRetry as never,
      owner: 'acme',
      repo: 'server',
      now: fixedNow,
      retry: noWait,
    });
    await s.transact('seed', async (tx) => tx.writeJson('a.json', { v: 1 }));
    double.faults.failNext(matching('GET', /\/git\/ref\/heads\/mcpver\/state$/));
    const before = double.requests.length;
    const { attempts } = await s.transact('update', async (tx) => tx.writeJson('a.json', { v: 2 }));
    expect(attempts).toBe(1);
    expect(await s.readJson('a.json')).toEqual({ v: 2 });
    // Octokit repeated the failed read itself; the transaction never saw the 502.
    expect(
      double.requests
        .slice(before)
        .filter((r) => r.path.endsWith('/git/ref/heads/mcpver/state'))
        .map((r) => r.status)
        .slice(0, 2),
    ).toEqual([502, 200]);
  });

  it('reads with a read-only token, and refuses to write with it', async () => {
    await store().transact('seed', async (tx) => tx.writeJson('a.json', { v: 1 }));
    double.addToken('ghs_ro', 'fork', { readOnly: true });
    const readOnly = new GitHubStateStore({
      octokit: new Octokit({ auth: 'ghs_ro', baseUrl: double.url }),
      owner: 'acme',
      repo: 'server',
      retry: noWait,
    });
    expect(await readOnly.readJson('a.json')).toEqual({ v: 1 });
    await expect(readOnly.transact('x', async (tx) => tx.writeJson('a.json', { v: 2 }))).rejects.toThrow(
      StateReadOnlyError,
    );
    expect(await readOnly.readJson('a.json')).toEqual({ v: 1 });
  });
});

describe('when every ref update answers 502', () => {
  it('still reports success on its last attempt if the update landed, and names the failure otherwise', async () => {
    const s = new GitHubStateStore({
      octokit,
      owner: 'acme',
      repo: 'server',
      now: fixedNow,
      retry: { ...noWait, maxAttempts: 1 },
    });
    await store().transact('seed', async (tx) => tx.writeJson('a.json', { v: 0 }));
    double.faults.applyThenFail(matching('PATCH', /\/git\/refs\/heads\/mcpver\/state$/));
    const landed = await s.transact('update', async (tx) => tx.writeJson('a.json', { v: 1 }));
    expect(landed.commit).toBe(await s.head());
    double.faults.failNext(matching('PATCH', /\/git\/refs\/heads\/mcpver\/state$/));
    await expect(s.transact('update', async (tx) => tx.writeJson('a.json', { v: 2 }))).rejects.toThrow(
      /Gave up on the branch mcpver\/state of acme\/server after 1 attempts; nothing was written/,
    );
    expect(await s.readJson('a.json')).toEqual({ v: 1 });
  });
});
