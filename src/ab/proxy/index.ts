// `mcpver ab proxy` as a function of plain values: resolve the test, open the store, and return a
// proxy ready to serve sessions over stdio or streamable HTTP. The CLI face only adds what comes
// from the process (flags, environment, cache folder, signals).

import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_STATE_BRANCH } from '../../config.ts';
import { Git } from '../../git.ts';
import { LocalStateStore } from '../../state/local-store.ts';
import { readAbTest } from '../store.ts';
import { resolveProxyTest, type ResolvedTest } from './definition.ts';
import { ProxyError } from './errors.ts';
import { AbProxy } from './proxy.ts';
import { Recorder } from './recorder.ts';
import { AppRouteSink } from './sinks/app-route.ts';
import { NdjsonFileSink } from './sinks/ndjson-file.ts';
import { StateBranchSink } from './sinks/state-branch.ts';
import { adoptSpool } from './spool.ts';
import type { EventSink } from './sinks/types.ts';

export { AbProxy } from './proxy.ts';
export { serveStdio } from './stdio.ts';
export { installationUnit, sessionUnit } from './unit.ts';
export { killAllServers } from './child-server.ts';
export { ProxyError } from './errors.ts';

export type RecordTarget =
  | { kind: 'state' }
  | { kind: 'file'; path: string }
  | { kind: 'app'; appUrl: string; repository: string; secret: string };

export interface ProxyStartOptions {
  testId: string;
  /** Each version's command (a stdio server) or URL (streamable HTTP). */
  a: string;
  b: string;
  /** The repository the proxy runs in: its state branch and its .github/mcpver.yml. */
  repoDir: string;
  stateBranch?: string;
  configFile?: string;
  record: RecordTarget;
  batchIntervalMs?: number;
  /** Events kept in memory while the store fails (the oldest dropped beyond). */
  maxBufferedEvents?: number;
  callTimeoutMs?: number;
  recordPayloads?: boolean;
  shadow?: { tools?: string[] };
  /** The user's cache folder for mcpver (the stopped marker of tests recorded through the App). */
  cacheDir?: string;
  serverCwd?: string;
  serverEnv?: NodeJS.ProcessEnv;
  onServerStderr?: (chunk: Buffer) => void;
  log(line: string): void;
}

export interface StartedProxy {
  proxy: AbProxy;
  resolved: ResolvedTest;
  sinkWhere: string;
}

/** How long a stored test's status is trusted before it is read again (sessions open often over HTTP). */
const STATUS_TTL_MS = 5_000;
export const DEFAULT_CALL_TIMEOUT_MS = 60_000;

export async function startProxy(options: ProxyStartOptions): Promise<StartedProxy> {
  if (options.recordPayloads && options.record.kind !== 'file') {
    throw new ProxyError(
      '--record-payloads writes arguments and results into an NDJSON file only: use it with --record file:PATH (the state branch and the App keep metrics, never payloads).',
    );
  }
  const repoDir = path.resolve(options.repoDir);
  const isRepository = await new Git(repoDir).isRepository();
  const branch = options.stateBranch ?? DEFAULT_STATE_BRANCH;
  const store = isRepository
    ? new LocalStateStore({ cwd: repoDir, branch, defaultActor: 'ab-proxy', retry: { maxAttempts: 60 } })
    : null;
  if (options.record.kind === 'state' && !store) {
    throw new ProxyError(
      `${repoDir} is not a git repository, so it has no state branch to record into: run the proxy in the server's repository, pass --repo DIR, or record elsewhere (--record file:PATH, or --record app with --app-url and --repository).`,
    );
  }
  const resolved = await resolveProxyTest({
    testId: options.testId,
    repoDir,
    ...(options.configFile ? { configFile: options.configFile } : {}),
    store,
    storeWhere: `branch ${branch} of ${repoDir}`,
    shadow: options.shadow !== undefined,
  });
  const sink = makeSink(options, resolved, store, repoDir, branch);
  const marker =
    options.record.kind === 'app' && options.cacheDir
      ? stoppedMarker(options.cacheDir, sink.where, options.testId)
      : null;
  const recorder = new Recorder(sink, {
    ...(options.batchIntervalMs ? { intervalMs: options.batchIntervalMs } : {}),
    ...(options.maxBufferedEvents ? { maxBuffered: options.maxBufferedEvents } : {}),
    log: options.log,
    // The App knows the test stopped; the next proxy process must know it too, before its first batch.
    onStopped: (reason) =>
      void (marker
        ? writeFile(marker.file, `${JSON.stringify({ reason, at: new Date().toISOString() })}\n`).catch(() => {})
        : undefined),
  });
  recorder.start();
  // Events an earlier proxy of this test and store could not record before it ended.
  const spoolDir = options.cacheDir
    ? path.join(options.cacheDir, 'ab-spool', storeKey(sink.where, options.testId))
    : undefined;
  if (spoolDir) {
    const adopted = adoptSpool(spoolDir);
    for (const event of adopted.events) recorder.push(event);
    if (adopted.files > 0)
      options.log(
        `picked up ${adopted.events.length} events that an earlier proxy could not record${adopted.unreadable ? ` (${adopted.unreadable} unreadable lines skipped)` : ''}.`,
      );
  }

  // The status just read with the definition serves the first session: no second read on its path.
  let cached: { at: number; reason: string | null } | null =
    resolved.stored && !marker
      ? {
          at: Date.now(),
          reason: resolved.test.status === 'running' ? null : (resolved.test.stopReason ?? resolved.test.status),
        }
      : null;
  const stoppedReason = async (): Promise<string | null> => {
    if (cached && Date.now() - cached.at < STATUS_TTL_MS) return cached.reason;
    let reason: string | null = null;
    // The local state branch, whatever the sink: the test may have been stored (and stopped) since.
    if (store) {
      const test = await readAbTest(store, options.testId).catch(() => null);
      if (test && test.status !== 'running') reason = test.stopReason ?? test.status;
    }
    if (reason === null && marker) reason = await marker.read();
    cached = { at: Date.now(), reason };
    return reason;
  };

  const proxy = new AbProxy({
    test: resolved.test,
    targets: { A: options.a, B: options.b },
    recorder,
    stoppedReason,
    ...(options.shadow ? { shadow: options.shadow } : {}),
    callTimeoutMs: options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
    recordPayloads: options.recordPayloads ?? false,
    ...(options.serverCwd ? { serverCwd: options.serverCwd } : {}),
    ...(options.serverEnv ? { serverEnv: options.serverEnv } : {}),
    ...(options.onServerStderr ? { onServerStderr: options.onServerStderr } : {}),
    ...(spoolDir ? { spoolDir } : {}),
    log: options.log,
  });
  return { proxy, resolved, sinkWhere: sink.where };
}

function makeSink(
  options: ProxyStartOptions,
  resolved: ResolvedTest,
  store: LocalStateStore | null,
  repoDir: string,
  branch: string,
): EventSink {
  switch (options.record.kind) {
    case 'state':
      return new StateBranchSink(store!, resolved.test, `branch ${branch} of ${repoDir}`);
    case 'file':
      return new NdjsonFileSink(path.resolve(options.record.path));
    case 'app':
      return new AppRouteSink({
        appUrl: options.record.appUrl,
        repository: options.record.repository,
        testId: options.testId,
        secret: options.record.secret,
      });
  }
}

/** A file in the cache folder that remembers that the App refused a test's events as stopped. */
/** A short name for one test in one store, for the cache folder's files. */
function storeKey(where: string, testId: string): string {
  return `${testId}-${createHash('sha256').update(`${where}\0${testId}`).digest('hex').slice(0, 12)}`;
}

function stoppedMarker(cacheDir: string, where: string, testId: string) {
  const name = storeKey(where, testId);
  const file = path.join(cacheDir, 'ab-stopped', `${name}.json`);
  void mkdir(path.dirname(file), { recursive: true }).catch(() => {});
  return {
    file,
    async read(): Promise<string | null> {
      const text = await readFile(file, 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        return String((JSON.parse(text) as { reason?: unknown }).reason ?? 'stopped');
      } catch {
        await rm(file, { force: true });
        return null;
      }
    },
  };
}
