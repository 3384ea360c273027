// When something fails, the client is told and the calls go on: a version that does not start or
// dies gets a JSON-RPC error naming it (never a hang), a store that cannot be written never blocks a
// call (its events wait in a bounded buffer and the proxy says so), a stopped test sends new
// sessions to A.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assignVariant } from '../../../src/ab/assign.ts';
import { liveServerCount } from '../../../src/ab/proxy/child-server.ts';
import { setAbTestStatus, startAbTest } from '../../../src/ab/store.ts';
import { defineAbTest } from '../../../src/ab/test.ts';
import { LocalStateStore } from '../../../src/state/local-store.ts';
import { connect, eventually, makeVersionsRepo, proxyOn, storedEvents, TEST_ID, type VersionsRepo } from './helpers.ts';

let repo: VersionsRepo | null = null;
afterEach(() => {
  repo?.cleanup();
  repo = null;
});

/** The first of u0, u1, … that the test assigns to `variant`. */
const unitIn = (variant: 'A' | 'B') => {
  for (let i = 0; ; i++) if (assignVariant(TEST_ID, `u${i}`) === variant) return `u${i}`;
};

const readEvents = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('mcpver ab proxy when things fail', () => {
  it('answers the client with an error naming the version when it cannot be started', async () => {
    repo = makeVersionsRepo();
    const events = path.join(repo.scratch, 'events.ndjson');
    const { proxy, log } = await proxyOn(repo, {
      b: 'mcpver-test-no-such-command --stdio',
      record: { kind: 'file', path: events },
    });
    const connecting = connect(proxy, unitIn('B'));
    await expect(connecting).rejects.toThrow(
      /version B \(1\.1\.0\) of the server is not available \(A\/B test "lookup-1-1"\): it could not be started \(spawn mcpver-test-no-such-command ENOENT\)/,
    );
    await proxy.close();
    expect(log.join('\n')).toContain(
      'version B (1.1.0) of the server (mcpver-test-no-such-command --stdio) could not be started',
    );
    expect(liveServerCount()).toBe(0);
  }, 120_000);

  it('answers the call in flight and every later request with an error when the version dies mid-session', async () => {
    repo = makeVersionsRepo();
    const events = path.join(repo.scratch, 'events.ndjson');
    const { proxy, log } = await proxyOn(repo, { record: { kind: 'file', path: events } });
    const unit = unitIn('A');
    const session = await connect(proxy, unit);
    expect((await session.client.callTool({ name: 'lookup', arguments: { key: 'k' } })).content).toEqual([
      { type: 'text', text: 'value of k' },
    ]);
    const dying =
      /version A \(1\.0\.0\) of the server is not available \(A\/B test "lookup-1-1"\): it exited with code 3 during the session; its last words on stderr: lookup-server: crashing on purpose/;
    await expect(session.client.callTool({ name: 'crash', arguments: {} })).rejects.toThrow(dying);
    await expect(session.client.callTool({ name: 'lookup', arguments: { key: 'k' } })).rejects.toThrow(dying);
    await expect(session.client.listTools()).rejects.toThrow(dying);
    await session.close();
    await proxy.close();
    expect(
      log.some((l) =>
        /version A \(1\.0\.0\) of the server \(.*server\.mjs\) exited with code 3 during the session/.test(l),
      ),
    ).toBe(true);
    // The failed calls count as errors of A: the version that failed them.
    expect(readEvents(events).map((e) => [e.variant, e.tool, e.outcome, e.error])).toEqual([
      ['A', 'lookup', 'ok', 0],
      ['A', 'crash', 'upstream-failed', 1],
      ['A', 'lookup', 'upstream-failed', 1],
    ]);
  }, 120_000);

  it('keeps answering calls when the store cannot be written, holds a bounded buffer and says so', async () => {
    repo = makeVersionsRepo();
    // A regular file where a folder should be: every append fails.
    const blocker = path.join(repo.scratch, 'not-a-folder');
    writeFileSync(blocker, '');
    const { proxy, log } = await proxyOn(repo, {
      record: { kind: 'file', path: path.join(blocker, 'events.ndjson') },
      batchIntervalMs: 100,
      maxBufferedEvents: 3,
    });
    const session = await connect(proxy, 'u-store');
    for (let i = 0; i < 6; i++)
      expect((await session.client.callTool({ name: 'lookup', arguments: { key: `k${i}` } })).content).toEqual([
        { type: 'text', text: `value of k${i}` },
      ]);
    await session.close();
    const totals = await proxy.close(1_000);
    expect(totals.recorded).toBe(0);
    // Six calls, at most three kept: at least three dropped while waiting, the rest given up at the end.
    expect(totals.dropped).toBe(6);
    expect(
      log.some(
        (l) =>
          l.startsWith(`could not record`) &&
          l.includes(path.join(blocker, 'events.ndjson')) &&
          l.includes('The calls go on'),
      ),
    ).toBe(true);
    expect(log.at(-1)).toMatch(/^\d events could not be recorded into .* before the proxy ended/);
  }, 120_000);

  it('keeps what it could not record in the cache folder, and the next proxy records it', async () => {
    repo = makeVersionsRepo();
    const blocker = path.join(repo.scratch, 'not-yet-a-folder');
    writeFileSync(blocker, '');
    const target = path.join(blocker, 'events.ndjson');
    const cacheDir = path.join(repo.scratch, 'cache');
    const first = await proxyOn(repo, { record: { kind: 'file', path: target }, cacheDir });
    const session = await connect(first.proxy, 'u-spool');
    for (const key of ['a', 'b']) await session.client.callTool({ name: 'lookup', arguments: { key } });
    await session.close();
    const totals = await first.proxy.close(500);
    expect(totals).toMatchObject({ recorded: 0, dropped: 0 });
    expect(first.log.at(-1)).toMatch(
      /^2 events not yet recorded \(.*\) are kept in .*ab-spool.*; the next proxy of this test records them\.$/,
    );

    // The store can be written again: the next proxy of the same test and store records them first.
    rmSync(blocker);
    const next = await proxyOn(repo, { record: { kind: 'file', path: target }, cacheDir });
    expect(next.log).toContain('picked up 2 events that an earlier proxy could not record.');
    expect((await next.proxy.close()).recorded).toBe(2);
    expect(readEvents(target).map((e) => [e.unit, e.tool, e.outcome])).toEqual([
      ['u-spool', 'lookup', 'ok'],
      ['u-spool', 'lookup', 'ok'],
    ]);
  }, 120_000);

  it('records a call that outlives the call timeout as a timeout, without cutting the call short', async () => {
    repo = makeVersionsRepo();
    const events = path.join(repo.scratch, 'events.ndjson');
    const { proxy } = await proxyOn(repo, { record: { kind: 'file', path: events }, callTimeoutMs: 200 });
    const session = await connect(proxy, 'u-timeout');
    const abort = new AbortController();
    let settled = false;
    const waiting = session.client
      .callTool({ name: 'wait', arguments: {} }, undefined, { signal: abort.signal, timeout: 300_000 })
      .finally(() => (settled = true));
    await eventually(() => proxy.settings.recorder.pending > 0, 60_000, 'the timeout event');
    // The proxy recorded the timeout but never answers for the server: the client decides when to give up.
    expect(settled).toBe(false);
    abort.abort();
    await expect(waiting).rejects.toThrow();
    await session.close();
    await proxy.close();
    expect(readEvents(events).map((e) => [e.tool, e.outcome, e.error, e.timeout])).toEqual([['wait', 'timeout', 1, 1]]);
  }, 120_000);

  it('sends new sessions to A once the stored test is stopped, and says why', async () => {
    repo = makeVersionsRepo();
    const store = new LocalStateStore({ cwd: repo.dir });
    const test = defineAbTest({
      id: TEST_ID,
      versions: { A: '1.0.0', B: '1.1.0' },
      metrics: [{ name: 'response_time' }, { name: 'error', kind: 'proportion' }],
    });
    await startAbTest(store, test);
    await setAbTestStatus(store, TEST_ID, 'stopped', 'auto-stop: guardrail (error)');
    const { proxy, log } = await proxyOn(repo);
    const session = await connect(proxy, unitIn('B'));
    expect(session.opened.variant).toBe('A');
    expect(session.opened.override).toBe(
      'the test is stopped (auto-stop: guardrail (error)): new sessions go to A, the control',
    );
    expect(session.client.getServerVersion()?.version).toBe('1.0.0');
    await session.client.callTool({ name: 'lookup', arguments: { key: 'k' } });
    await session.close();
    await proxy.close();
    // The stopped test takes no more events: the proxy says so rather than failing silently.
    expect(log.some((l) => l.includes('the A/B test takes no more events'))).toBe(true);
    expect(await storedEvents(repo.dir)).toEqual([]);
  }, 120_000);
});
