// `mcpver ab proxy`: the face of src/ab/proxy/. It reads what only the process has (flags, the
// environment, the user's cache folder, stdin/stdout, signals) and ends the servers it started on
// every way out. The MCP traffic itself uses the process's stdin and stdout, byte for byte; `io`
// carries the proxy's own words (stderr), its help, and the environment it reads.

import envPaths from 'env-paths';
import { killAllServers } from '../ab/proxy/child-server.ts';
import { launchEarly } from '../ab/proxy/early-launch.ts';
import type { RecordTarget } from '../ab/proxy/index.ts';
import type { OpenedSession } from '../ab/proxy/proxy.ts';
import { installationUnit } from '../ab/proxy/unit.ts';
import { DEFAULT_STATE_BRANCH } from '../state/default-branch.ts';
import { EXIT, parse, UsageError } from './common.ts';
import { writeLine, type CliIo } from './io.ts';

export const abProxyHelp = `mcpver ab proxy --test ID --a CMD|URL --b CMD|URL [options]
  An MCP server that a client launches (stdio) or connects to (--listen) in place of the real one:
  it assigns the client to version A or B, starts only that version, forwards every message
  unchanged, and records each call (response_time, error, timeout, result_bytes) in batches.
  --unit VALUE            the unit of assignment (a user or machine id); default: an id kept per
                          installation in the user's cache folder, else one per session
  --listen HOST:PORT      serve streamable HTTP at http://HOST:PORT/mcp instead of stdio
  --unit-header NAME      with --listen: each session's unit from this request header
  --shadow                A answers every call; read-only tool calls also go to B, and the proxy
                          records B's latency and whether B answered differently
  --shadow-tools A,B      shadow these tools (whatever their annotations); implies --shadow
  --config FILE           the test's definition (else .github/mcpver.yml, else the stored test)
  --record state          record into the state branch of the repository (the default)
  --record file:PATH      append wide NDJSON events to a file
  --record app            send signed batches to the App: --app-url URL --repository OWNER/REPO,
                          with the test's secret in MCPVER_AB_TEST_SECRET (mcpver ab secret)
  --batch-interval SEC    write events every SEC seconds (default 10): a kill loses at most that
  --call-timeout SEC      record a call as a timeout after SEC seconds (default 60; the answer still passes)
  --record-payloads       also write arguments and results (--record file: only)
  --repo DIR              the repository (default: the working directory); --state-branch NAME`;

const options = {
  test: { type: 'string' },
  a: { type: 'string' },
  b: { type: 'string' },
  unit: { type: 'string' },
  'unit-header': { type: 'string' },
  listen: { type: 'string' },
  shadow: { type: 'boolean' },
  'shadow-tools': { type: 'string' },
  config: { type: 'string' },
  record: { type: 'string' },
  'app-url': { type: 'string' },
  repository: { type: 'string' },
  'batch-interval': { type: 'string' },
  'call-timeout': { type: 'string' },
  'record-payloads': { type: 'boolean' },
  repo: { type: 'string' },
  'state-branch': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parse<typeof options>>['values'];

/** The secret of a test recorded through the App (derived by `mcpver ab secret`). */
export const SECRET_ENV = 'MCPVER_AB_TEST_SECRET';

/**
 * Time to write the last events after the client closed stdin, unless a signal says to hurry: a
 * client that waits gets everything written; one that signals gets the rest spooled.
 */
const EOF_BUDGET_MS = 30_000;
/** After a signal, which a client follows with SIGKILL about 2 s later (the SDK's, for one). */
const SIGNAL_BUDGET_MS = 1_500;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function seconds(values: Values, key: 'batch-interval' | 'call-timeout'): number | undefined {
  const raw = values[key];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${key} must be a number of seconds above 0 (got "${raw}").`);
  return Math.round(n * 1000);
}

function recordTarget(values: Values, env: CliIo['env']): RecordTarget {
  const record = values.record ?? 'state';
  if (record === 'state') return { kind: 'state' };
  if (record.startsWith('file:') && record.length > 5) return { kind: 'file', path: record.slice(5) };
  if (record === 'app') {
    const appUrl = values['app-url'];
    const repository = values.repository;
    if (!appUrl || !/^https?:\/\//.test(appUrl))
      throw new UsageError('--record app needs --app-url URL (where the App serves its routes).');
    if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository))
      throw new UsageError('--record app needs --repository OWNER/REPO (the repository the App records into).');
    const secret = env[SECRET_ENV];
    if (!secret)
      throw new UsageError(
        `--record app needs the test's secret in ${SECRET_ENV} (mcpver ab secret --test ID --repository OWNER/REPO, run where MCPVER_AB_SECRET is known).`,
      );
    return { kind: 'app', appUrl, repository, secret };
  }
  throw new UsageError(`--record must be state, file:PATH or app (got "${record}").`);
}

function hostPort(listenAt: string): { host: string; port: number } {
  const match = /^(.*):(\d{1,5})$/.exec(listenAt);
  const port = match ? Number(match[2]) : NaN;
  if (!match || !match[1] || port > 65_535)
    throw new UsageError(`--listen must be HOST:PORT, for example 127.0.0.1:8808 (got "${listenAt}").`);
  return { host: match[1].replace(/^\[(.*)\]$/, '$1'), port };
}

function describeSession(
  opened: OpenedSession,
  unit: string,
  unitSource: string,
  targets: { A: string; B: string },
  versions: { A: string; B: string },
): string {
  return `unit ${unit} (${unitSource}) → ${opened.variant} (${versions[opened.variant]}): ${targets[opened.variant]}${opened.override ? `; ${opened.override}` : ''}`;
}

export async function abProxyCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, options);
  if (values.help) {
    writeLine(io.stdout, abProxyHelp);
    return EXIT.ok;
  }
  const log = (line: string) => io.stderr.write(`mcpver ab proxy: ${line}\n`);
  const testId = values.test;
  if (!testId) throw new UsageError('mcpver ab proxy needs --test ID.');
  if (!values.a || !values.b) throw new UsageError('mcpver ab proxy needs both versions: --a CMD|URL and --b CMD|URL.');
  if (values['unit-header'] && !values.listen)
    throw new UsageError('--unit-header needs --listen (stdio sessions have no headers).');
  const shadowTools = values['shadow-tools']
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const shadow = values.shadow || shadowTools ? { ...(shadowTools?.length ? { tools: shadowTools } : {}) } : undefined;
  const listenAt = values.listen ? hostPort(values.listen) : undefined;
  const cacheDir = envPaths('mcpver', { suffix: '' }).cache;
  const record = recordTarget(values, io.env);
  const repoDir = values.repo ?? process.cwd();
  // The servers' own stderr goes on to the proxy's unchanged: the client's logs show it as before.
  const onServerStderr = (chunk: Buffer) => io.stderr.write(chunk.toString('utf8'));

  // Over stdio the unit is known now: its version starts at once, while the rest of the proxy loads.
  const unit = listenAt
    ? null
    : values.unit
      ? { unit: values.unit, source: 'flag' as const }
      : await installationUnit(cacheDir);
  const early =
    unit && !shadow
      ? await launchEarly({
          repoDir,
          branch: values['state-branch'] ?? DEFAULT_STATE_BRANCH,
          testId,
          unit: unit.unit,
          targets: { A: values.a, B: values.b },
          upstream: { onStderr: onServerStderr },
        })
      : null;
  process.on('exit', () => killAllServers());

  const { startProxy, serveStdio } = await import('../ab/proxy/index.ts');
  const starting = startProxy({
    testId,
    a: values.a,
    b: values.b,
    repoDir,
    ...(values['state-branch'] ? { stateBranch: values['state-branch'] } : {}),
    ...(values.config ? { configFile: values.config } : {}),
    record,
    ...(seconds(values, 'batch-interval') ? { batchIntervalMs: seconds(values, 'batch-interval')! } : {}),
    ...(seconds(values, 'call-timeout') ? { callTimeoutMs: seconds(values, 'call-timeout')! } : {}),
    recordPayloads: values['record-payloads'] ?? false,
    ...(shadow ? { shadow } : {}),
    cacheDir,
    onServerStderr,
    log,
  });
  // A definition or store that stops the proxy from starting must not leave the early server running.
  const started = await starting.catch((error: unknown) => {
    killAllServers();
    throw error;
  });
  const { proxy, resolved } = started;
  const targets = { A: values.a, B: values.b };
  log(
    `test "${resolved.test.id}" (from ${resolved.source}); recording into ${started.sinkWhere} every ${proxy.settings.recorder.intervalMs / 1000} s.`,
  );

  // Every way out ends the servers and keeps the events: a normal end, a signal, a crash. Many MCP
  // clients give their server about 2 s after closing stdin, then SIGTERM, then SIGKILL 2 s later:
  // the proxy writes until the signal, then what it can in the time left, and spools the rest.
  let deadline = Number.POSITIVE_INFINITY;
  let ending: Promise<never> | null = null;
  const shutdown = (code: number, budgetMs: number): Promise<never> => {
    deadline = Math.min(deadline, Date.now() + budgetMs);
    ending ??= (async () => {
      let closed = false;
      const closing = proxy.close(budgetMs).finally(() => (closed = true));
      while (!closed && Date.now() < deadline) await Promise.race([closing, sleep(50)]);
      const inFlight = proxy.settings.recorder.inFlight;
      // A batch being written cannot be spooled as well: it may land, and would then count twice.
      if (!closed && inFlight > 0)
        log(
          `a batch of ${inFlight} events was still being written into ${started.sinkWhere} when the proxy had to end: it may be lost (at most this one batch).`,
        );
      proxy.spoolUnwritten();
      killAllServers();
      const totals = proxy.settings.recorder.snapshot();
      log(
        `recorded ${totals.recorded} events in ${totals.batches} batches${totals.dropped ? `; ${totals.dropped} could not be recorded` : ''}.`,
      );
      process.exit(code);
    })();
    return ending;
  };
  for (const [signal, number] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ] as const)
    process.on(signal, () => void shutdown(128 + number, SIGNAL_BUDGET_MS));
  process.on('uncaughtException', (error) => {
    log(`unexpected error: ${error.stack ?? error.message}`);
    proxy.spoolUnwritten();
    killAllServers();
    process.exit(EXIT.usage);
  });

  if (listenAt) {
    // The SDK's HTTP server is loaded only when the proxy serves HTTP.
    const { listen } = await import('../ab/proxy/listen.ts');
    const listening = await listen(proxy, {
      ...listenAt,
      ...(values.unit ? { unit: values.unit } : {}),
      ...(values['unit-header'] ? { unitHeader: values['unit-header'] } : {}),
      onOpened: (opened, unit) =>
        log(
          describeSession(
            opened,
            unit,
            values.unit ? '--unit' : values['unit-header'] ? 'header' : 'session',
            targets,
            resolved.test.versions,
          ),
        ),
    });
    log(`serving streamable HTTP at ${listening.url}`);
    await new Promise<never>(() => {});
  }

  const stdioUnit = unit!;
  if ('note' in stdioUnit && stdioUnit.note) log(`the unit is this session only: ${stdioUnit.note}.`);
  await serveStdio(
    proxy,
    stdioUnit.unit,
    process.stdin,
    process.stdout,
    (opened) =>
      log(
        describeSession(
          opened,
          stdioUnit.unit,
          stdioUnit.source === 'flag' ? '--unit' : stdioUnit.source,
          targets,
          resolved.test.versions,
        ),
      ),
    early ?? undefined,
  );
  // The client closed its side: end the version, write what is left (or spool it), and go.
  return shutdown(EXIT.ok, EOF_BUDGET_MS);
}
