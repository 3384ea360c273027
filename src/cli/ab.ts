// `mcpver ab start|record|analyze|status|stop|list`: A/B tests on a local repository's state
// branch, and `ab analyze --events FILE` for a file of events with no state at all.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyzeAbTest } from '../ab/analysis/index.ts';
import { inferAbTest, inputFromEvents } from '../ab/analysis/input.ts';
import { parseEvents, type EventFormat, type ParseResult } from '../ab/events.ts';
import { parseAbDefinition } from '../ab/load-definition.ts';
import { analyzeStoredTest } from '../ab/run.ts';
import { deriveTestSecret } from '../ab/signature.ts';
import { listAbTests, readAbStats, readAbTest, recordEvents, setAbTestStatus, startAbTest } from '../ab/store.ts';
import { AbError, type AbTest } from '../ab/test.ts';
import { CONFIG_PATH, DEFAULT_STATE_BRANCH } from '../config.ts';
import { Git } from '../git.ts';
import { renderAbComment } from '../render/ab-comment.ts';
import { LocalStateStore } from '../state/local-store.ts';
import { EXIT, parse, UsageError } from './common.ts';
import { writeLine, type CliIo } from './io.ts';

export const abHelp = `mcpver ab <start|record|analyze|status|stop|list|proxy> [options]
  start --config FILE [--test ID]             create the test on the state branch (FILE: a test
                                              definition, or a mcpver.yml with ab.tests)
  record --test ID --events FILE|-            validate events line by line and store the valid ones
         [--format ndjson|csv] [--strict]     (--strict: exit 1 when any line was rejected); a test
         [--config FILE]                      not started yet is created from --config, the repo's
                                              .github/mcpver.yml, or else inferred from the events
  analyze --events FILE|- [--config FILE]     analyse a file of events locally, without state
  analyze --test ID                           analyse a stored test (and apply auto-stop)
  status [--test ID]                          the tests, or one test's status and counts
  stop --test ID [--reason TEXT]              stop a test (it takes no more events)
  secret --test ID --repository OWNER/REPO    the test's HMAC secret for the App's ingestion route,
                                              derived from MCPVER_AB_SECRET (the App's master secret)
  proxy --test ID --a CMD|URL --b CMD|URL     an MCP server that splits real calls between the two
                                              versions and records them (mcpver ab proxy --help)
Options: --repo DIR (default .), --state-branch NAME (default ${DEFAULT_STATE_BRANCH}), --json`;

/** Concurrent recorders (parallel jobs, several CLIs) race on one branch: allow many retries. */
const RECORD_MAX_ATTEMPTS = 60;

const options = {
  test: { type: 'string' },
  events: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  reason: { type: 'string' },
  repository: { type: 'string' },
  repo: { type: 'string' },
  'state-branch': { type: 'string' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parse<typeof options>>['values'];

async function readInput(file: string, io: CliIo): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
}

function formatOf(values: Values): EventFormat | undefined {
  if (values.format === undefined) return undefined;
  if (values.format !== 'ndjson' && values.format !== 'csv')
    throw new UsageError(`--format must be ndjson or csv (got "${values.format}").`);
  return values.format;
}

function need(values: Values, key: 'test' | 'events' | 'config', command: string): string {
  const value = values[key];
  if (!value) throw new UsageError(`mcpver ab ${command} needs --${key}.`);
  return value;
}

async function openStore(values: Values, maxAttempts?: number): Promise<LocalStateStore> {
  const root = path.resolve(values.repo ?? '.');
  if (!(await new Git(root).isRepository())) throw new UsageError(`${root} is not a git repository (use --repo DIR).`);
  return new LocalStateStore({
    cwd: root,
    branch: values['state-branch'] ?? DEFAULT_STATE_BRANCH,
    defaultActor: 'cli',
    ...(maxAttempts ? { retry: { maxAttempts } } : {}),
  });
}

function rejectionLines(parsed: ParseResult, file: string): string {
  const shown = parsed.rejected.map((r) => `${file}:${r.line}: ${r.reason}`);
  const more = parsed.rejectedCount - parsed.rejected.length;
  return [...shown, ...(more > 0 ? [`… and ${more} more rejected lines`] : [])].join('\n');
}

async function start(values: Values, io: CliIo): Promise<number> {
  const file = need(values, 'config', 'start');
  // A stored test is looked at again and again as events arrive: always-valid bounds by default.
  const test = parseAbDefinition(await readInput(file, io), file, values.test, { mode: 'sequential' });
  const store = await openStore(values);
  const done = await startAbTest(store, { ...test, createdAt: new Date().toISOString() });
  writeLine(
    io.stdout,
    values.json
      ? JSON.stringify({ test: done.result.id, commit: done.commit }, null, 2)
      : `Started A/B test "${test.id}" (${test.metrics.length} metrics) on ${store.where}.`,
  );
  return EXIT.ok;
}

/**
 * The test to record into: the stored one; else the definition of `--config` or the repository's
 * `.github/mcpver.yml` (ab.tests); else one inferred from the events. A test that does not exist yet
 * is created in the same commit as the first events, so concurrent first writers cannot clash.
 */
async function testForRecording(
  store: LocalStateStore,
  values: Values,
  id: string,
  text: string,
  file: string,
): Promise<{ test: AbTest; create: boolean; inferred: boolean }> {
  try {
    return { test: await readAbTest(store, id), create: false, inferred: false };
  } catch (error) {
    if (!(error instanceof AbError) || !/no A\/B test/.test(error.message)) throw error;
  }
  const configFile = values.config ?? path.join(path.resolve(values.repo ?? '.'), CONFIG_PATH);
  const configText = await readFile(configFile, 'utf8').catch(() => null);
  if (configText !== null) {
    try {
      return {
        test: parseAbDefinition(configText, values.config ?? CONFIG_PATH, id, { mode: 'sequential' }),
        create: true,
        inferred: false,
      };
    } catch (error) {
      // An explicit --config must define the test; the repository's config may simply not mention it.
      if (values.config || !(error instanceof AbError) || !/has no test|defines no A\/B test/.test(error.message))
        throw error;
    }
  }
  const events = parseEvents(text, {
    ...(file !== '-' ? { fileName: file } : {}),
    ...(formatOf(values) ? { format: formatOf(values)! } : {}),
  }).events;
  if (events.length === 0)
    throw new AbError(
      `There is no A/B test "${id}" and ${file} has no valid event to infer one from: start it first (mcpver ab start --config FILE).`,
    );
  return { test: { ...inferAbTest(events, id), mode: 'sequential' }, create: true, inferred: true };
}

async function record(values: Values, io: CliIo): Promise<number> {
  const id = need(values, 'test', 'record');
  const file = need(values, 'events', 'record');
  const store = await openStore(values, RECORD_MAX_ATTEMPTS);
  const text = await readInput(file, io);
  const { test, create, inferred } = await testForRecording(store, values, id, text, file);
  const parsed = parseEvents(text, {
    test,
    ...(file !== '-' ? { fileName: file } : {}),
    ...(formatOf(values) ? { format: formatOf(values)! } : {}),
  });
  const done =
    parsed.accepted > 0 || parsed.rejectedCount > 0
      ? await recordEvents(store, id, parsed, {
          actor: 'cli',
          ...(create ? { createWith: { ...test, createdAt: new Date().toISOString() } } : {}),
        })
      : { accepted: 0, rejected: 0, commit: null, attempts: 0, created: false, warnings: [] };
  for (const warning of done.warnings) process.stderr.write(`mcpver: ${warning}\n`);
  if (values.json) {
    writeLine(
      io.stdout,
      JSON.stringify(
        {
          test: id,
          created: done.created,
          accepted: done.accepted,
          rejected: done.rejected,
          rejections: parsed.rejected,
          commit: done.commit,
        },
        null,
        2,
      ),
    );
  } else {
    if (done.created)
      io.stderr.write(
        `Started A/B test "${id}"${inferred ? ` with metrics inferred from the events (${test.metrics.map((m) => `${m.name}: ${m.kind}, ${m.better} is better, ${m.role}`).join('; ')})` : ' from its definition'}.\n`,
      );
    if (parsed.rejectedCount > 0) io.stderr.write(`${rejectionLines(parsed, file)}\n`);
    const late = done.rejected - parsed.rejectedCount;
    if (late > 0)
      io.stderr.write(`${late} events were for metrics the stored test does not define, and were rejected.\n`);
    writeLine(io.stdout, `Recorded ${done.accepted} events into "${id}"; ${done.rejected} lines rejected.`);
  }
  return values.strict && done.rejected > 0 ? EXIT.failed : EXIT.ok;
}

async function analyze(values: Values, io: CliIo): Promise<number> {
  if (values.events) {
    const file = values.events;
    const text = await readInput(file, io);
    const definition = values.config
      ? parseAbDefinition(await readInput(values.config, io), values.config, values.test)
      : undefined;
    const parsed = parseEvents(text, {
      ...(definition ? { test: definition } : {}),
      ...(file !== '-' ? { fileName: file } : {}),
      ...(formatOf(values) ? { format: formatOf(values)! } : {}),
    });
    if (parsed.rejectedCount > 0) io.stderr.write(`${rejectionLines(parsed, file)}\n`);
    const fromName = path
      .basename(file)
      .replace(/\.[^.]*$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]/g, '-')
      .replace(/^[^a-z0-9]+/, '');
    const test =
      definition ??
      inferAbTest(parsed.events, values.test ?? (file === '-' || !fromName ? 'local' : fromName.slice(0, 64)));
    const result = analyzeAbTest(test, inputFromEvents(parsed.events, parsed.rejectedCount));
    // Without a definition the test is the file: titled after it, its versions unknown.
    const named = definition ? {} : { eventsFile: file === '-' ? 'standard input' : path.basename(file) };
    writeLine(
      io.stdout,
      values.json ? JSON.stringify(result, null, 2) : renderAbComment(result, { stateless: true, ...named }),
    );
    return EXIT.ok;
  }
  const id = values.test;
  if (!id) throw new UsageError('mcpver ab analyze needs --events FILE (a local file) or --test ID (a stored test).');
  const store = await openStore(values);
  const { result, stopped } = await analyzeStoredTest(store, id, 'cli');
  writeLine(
    io.stdout,
    values.json
      ? JSON.stringify(result, null, 2)
      : renderAbComment(result, {
          rollbackHint: 'To return to version A: mcpver rollback restore (it makes a branch; nothing is force-pushed).',
        }),
  );
  if (stopped && !values.json)
    io.stderr.write(`A/B test "${id}" was stopped: ${result.autoStop.rules.map((r) => r.message).join('; ')}\n`);
  return EXIT.ok;
}

async function status(values: Values, io: CliIo): Promise<number> {
  const store = await openStore(values);
  if (!values.test) {
    const ids = await listAbTests(store);
    const tests = await Promise.all(ids.map((id) => readAbTest(store, id)));
    writeLine(
      io.stdout,
      values.json
        ? JSON.stringify(
            tests.map((t) => ({ id: t.id, status: t.status, versions: t.versions })),
            null,
            2,
          )
        : tests.length
          ? tests.map((t) => `${t.id}\t${t.status}\tA ${t.versions.A} vs B ${t.versions.B}`).join('\n')
          : 'No A/B tests on the state branch.',
    );
    return EXIT.ok;
  }
  const test = await readAbTest(store, values.test);
  const stats = await readAbStats(store, test.id);
  const counts = test.metrics.map((m) => ({
    metric: m.name,
    A: stats.variants.A.metrics[m.name]?.n ?? 0,
    B: stats.variants.B.metrics[m.name]?.n ?? 0,
  }));
  if (values.json) {
    writeLine(
      io.stdout,
      JSON.stringify(
        {
          id: test.id,
          status: test.status,
          stopReason: test.stopReason ?? null,
          versions: test.versions,
          events: stats?.events ?? null,
          counts,
        },
        null,
        2,
      ),
    );
  } else {
    writeLine(
      io.stdout,
      [
        `${test.id}: ${test.status}${test.stopReason ? ` (${test.stopReason})` : ''} — A ${test.versions.A} vs B ${test.versions.B}`,
        `events: ${stats?.events.accepted ?? 0} accepted, ${stats?.events.rejected ?? 0} rejected`,
        ...counts.map((c) => `  ${c.metric}: A ${c.A}, B ${c.B}`),
      ].join('\n'),
    );
  }
  return EXIT.ok;
}

async function stop(values: Values, io: CliIo): Promise<number> {
  const id = need(values, 'test', 'stop');
  const store = await openStore(values);
  const done = await setAbTestStatus(store, id, 'stopped', values.reason ?? 'stopped by hand', 'cli');
  writeLine(
    io.stdout,
    values.json
      ? JSON.stringify({ test: id, status: done.result.status, commit: done.commit }, null, 2)
      : `Stopped A/B test "${id}".`,
  );
  return EXIT.ok;
}

async function secret(values: Values, io: CliIo): Promise<number> {
  const id = need(values, 'test', 'secret');
  const repository = values.repository;
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository))
    throw new UsageError('mcpver ab secret needs --repository OWNER/REPO (the repository the App writes to).');
  const master = io.env.MCPVER_AB_SECRET;
  if (!master)
    throw new UsageError(
      "mcpver ab secret needs the App's master secret in the environment variable MCPVER_AB_SECRET.",
    );
  writeLine(io.stdout, deriveTestSecret(master, repository, id));
  return EXIT.ok;
}

const subcommands: Record<string, (values: Values, io: CliIo) => Promise<number>> = {
  start,
  record,
  analyze,
  status,
  list: status,
  stop,
  secret,
};

export async function abCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    writeLine(io.stdout, abHelp);
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  // The proxy has options of its own, and starts where a client waits for it: loaded on its own.
  if (sub === 'proxy') return (await import('./ab-proxy.ts')).abProxyCommand(rest, io);
  const run = subcommands[sub];
  if (!run)
    throw new UsageError(
      `unknown ab subcommand "${sub}". Use one of: ${[...Object.keys(subcommands), 'proxy'].join(', ')}.`,
    );
  const { values } = parse(rest, options);
  if (values.help) {
    writeLine(io.stdout, abHelp);
    return EXIT.ok;
  }
  return run(values, io);
}
