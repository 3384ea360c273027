// What the proxy's tests share: a real git repository holding two versions of a small MCP server
// (tags v1.0.0 and v1.1.0, each checked out beside it), a proxy started in this process, and an
// SDK client talking to it over a pair of streams, as a client talks to a stdio server.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Client, type ClientOptions } from '@modelcontextprotocol/sdk/client/index.js';
import { readRawEvents } from '../../../src/ab/store.ts';
import { serveStdio, startProxy, type ProxyStartOptions } from '../../../src/ab/proxy/index.ts';
import type { AbProxy, OpenedSession } from '../../../src/ab/proxy/proxy.ts';
import { StreamTransport } from '../../../src/ab/proxy/stream-transport.ts';
import { LocalStateStore } from '../../../src/state/local-store.ts';
import { ROOT } from '../../helpers/cli.ts';

const FIXTURES = path.join(ROOT, 'test/fixtures/ab-proxy');

export const TEST_ID = 'lookup-1-1';
export const CONFIG = `ab:
  tests:
    - id: ${TEST_ID}
      name: lookup 1.1 against 1.0
      versions: { A: "1.0.0", B: "1.1.0" }
      metrics:
        - { name: response_time, kind: mean, better: lower, role: primary, latency: true }
        - { name: error, kind: proportion, better: lower, role: guardrail }
        - { name: timeout, kind: proportion, better: lower, role: guardrail }
`;

export interface VersionsRepo {
  /** The repository (the proxy runs here: its state branch, its .github/mcpver.yml). */
  dir: string;
  /** The commands of the two versions, each checked out from its tag. */
  a: string;
  b: string;
  /** A scratch folder beside it, removed with it. */
  scratch: string;
  cleanup(): void;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();

/**
 * parent/repo: the server's repository, `server.mjs` at v1.0.0 then v1.1.0 (and the A/B test in
 * .github/mcpver.yml unless `config` is null); parent/v1.0.0 and parent/v1.1.0: the two tags
 * checked out; parent/node_modules: this checkout's, so the servers find the SDK and zod.
 */
export function makeVersionsRepo(config: string | null = CONFIG): VersionsRepo {
  const parent = mkdtempSync(path.join(tmpdir(), 'mcpver-ab-proxy-'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(parent, 'node_modules'));
  const dir = path.join(parent, 'repo');
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  if (config !== null) {
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github/mcpver.yml'), config);
  }
  for (const [file, tag] of [
    ['server-v1.mjs', 'v1.0.0'],
    ['server-v2.mjs', 'v1.1.0'],
  ] as const) {
    cpSync(path.join(FIXTURES, file), path.join(dir, 'server.mjs'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', `lookup-server ${tag}`);
    git(dir, 'tag', tag);
  }
  for (const tag of ['v1.0.0', 'v1.1.0']) git(dir, 'worktree', 'add', '-q', '--detach', path.join(parent, tag), tag);
  const scratch = path.join(parent, 'scratch');
  mkdirSync(scratch);
  return {
    dir,
    a: `${JSON.stringify(process.execPath)} ${path.join(parent, 'v1.0.0', 'server.mjs')}`,
    b: `${JSON.stringify(process.execPath)} ${path.join(parent, 'v1.1.0', 'server.mjs')}`,
    scratch,
    cleanup: () => rmSync(parent, { recursive: true, force: true }),
  };
}

export interface TestProxy {
  proxy: AbProxy;
  log: string[];
}

/** A proxy started in this process on `repo`, recording into its state branch unless told otherwise. */
export async function proxyOn(repo: VersionsRepo, overrides: Partial<ProxyStartOptions> = {}): Promise<TestProxy> {
  const log: string[] = [];
  const { proxy } = await startProxy({
    testId: TEST_ID,
    a: repo.a,
    b: repo.b,
    repoDir: repo.dir,
    record: { kind: 'state' },
    log: (line) => log.push(line),
    ...overrides,
  });
  return { proxy, log };
}

export interface ConnectedClient {
  client: Client;
  opened: OpenedSession;
  /** Close the client's side and wait until the proxy has ended the session (and its servers). */
  close(): Promise<void>;
}

/** An SDK client connected to `proxy` as unit `unit`, over streams, as over a stdio pipe. */
export async function connect(proxy: AbProxy, unit: string, options: ClientOptions = {}): Promise<ConnectedClient> {
  const toProxy = new PassThrough();
  const fromProxy = new PassThrough();
  let opened!: OpenedSession;
  const served = serveStdio(proxy, unit, toProxy, fromProxy, (o) => (opened = o));
  const client = new Client({ name: 'proxy-test', version: '1.0.0' }, options);
  await client.connect(new StreamTransport(fromProxy, toProxy));
  return {
    client,
    opened,
    async close() {
      await client.close();
      await served;
    },
  };
}

/** The raw events stored on the state branch of `dir` for the test. */
export async function storedEvents(dir: string, testId = TEST_ID) {
  return readRawEvents(new LocalStateStore({ cwd: dir }), testId);
}

/** Wait until `check` holds, for at most `ms` (a "must end" bound for a loaded machine, not a speed check). */
export async function eventually<T>(
  check: () => Promise<T | false | null | undefined> | T | false | null | undefined,
  ms = 90_000,
  what = 'the condition',
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Run `fn` over `items`, `width` at a time (servers start as processes: not all at once). */
export async function inBatches<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}
