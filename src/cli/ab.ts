// `mcpver ab start|record|analyze|status|stop|list`: A/B tests on a local repository's state
// branch, and `ab analyze --events FILE` for a file of events with no state at all.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EventFormat, ParseResult } from '../ab/events.ts';
import type { AbStats } from '../ab/stats.ts';
import type { AbTest } from '../ab/test.ts';
import { CONFIG_PATH, DEFAULT_STATE_BRANCH } from '../defaults.ts';
import type { LocalStateStore } from '../state/local-store.ts';
import { EXIT, parse, UsageError } from './common.ts';

export const abHelp = `mcpver ab <start|record|analyze|status|stop|list> [options]
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

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

function formatOf(values: Values): EventFormat | undefined {
  if (values.format === undefined) return undefined;
  if (values.format !== 'ndjson' && values.format !== 'csv') throw new UsageError(`--format must be ndjson or csv (got "${values.format}").`);
  return values.format;
}

function need(values: Values, key: 'test' | 'events' | 'config', command: string): string {
  const value = values[key];
  if (!value) throw new UsageError(`mcpver ab ${command} needs --${key}.`);
  return value;
}

// Each function below loads what it runs when it runs, not when mcpver starts: `ab analyze` of a
// file of events needs neither git nor the state branch.

async function openStore(values: Values, maxAttempts?: number): Promise<LocalStateStore> {
  const [{ Git }, { LocalStateStore }] = await Promise.all([import('../git.ts'), import('../state/local-store.ts')]);
  const root = path.resolve(values.repo ?? '.');
  if (!(await new Git(root).isRepository())) throw new UsageError(`${root} is not a git repository (use --repo DIR).`);
  return new LocalStateStore({ cwd: root, branch: values['state-branch'] ?? DEFAULT_STATE_BRANCH, defaultActor: 'cli', ...(maxAttempts ? { retry: { maxAttempts } } : {}) });
}

function rejectionLines(parsed: ParseResult, file: string): string {
  const shown = parsed.rejected.map((r) => `${file}:${r.line}: ${r.reason}`);
  const more = parsed.rejectedCount - parsed.rejected.length;
  return [...shown, ...(more > 0 ? [`… and ${more} more rejected lines`] : [])].join('\n');
}

async function start(values: Values): Promise<number> {
  const file = need(values, 'config', 'start');
  const [{ parseAbDefinition }, { startAbTest }] = await Promise.all([import('../ab/load-definition.ts'), import('../ab/store.ts')]);
  // A stored test is looked at again and again as events arrive: always-valid bounds by default.
  const test = parseAbDefinition(await readInput(file), file, values.test, { mode: 'sequential' });
  const store = await openStore(values);
  const done = await startAbTest(store, { ...test, createdAt: new Date().toISOString() });
  print(values.json ? JSON.stringify({ test: done.result.id, commit: done.commit }, null, 2) : `Started A/B test "${test.id}" (${test.metrics.length} metrics) on ${store.where}.`);
  return EXIT.ok;
}

/**
 * The test to record into: the stored one; else the definition of `--config` or the repository's
 * `.github/mcpver.yml` (ab.tests); else one inferred from the events. A test that does not exist yet
 * is created in the same commit as the first events, so concurrent first writers cannot clash.
 */
async function testForRecording(store: LocalStateStore, values: Values, id: string, text: string, file: string): Promise<{ test: AbTest; create: boolean; inferred: boolean }> {
  const [{ readAbTest }, { AbError }, { parseAbDefinition }, { parseEvents }, { inferAbTest }] = await Promise.all([
    import('../ab/store.ts'),
    import('../ab/test.ts'),
    import('../ab/load-definition.ts'),
    import('../ab/events.ts'),
    import('../ab/analysis/input.ts'),
  ]);
  try {
    return { test: await readAbTest(store, id), create: false, inferred: false };
  } catch (error) {
    if (!(error instanceof AbError) || !/no A\/B test/.test(error.message)) throw error;
  }
  const configFile = values.config ?? path.join(path.resolve(values.repo ?? '.'), CONFIG_PATH);
  const configText = await readFile(configFile, 'utf8').catch(() => null);
  if (configText !== null) {
    try {
      return { test: parseAbDefinition(configText, values.config ?? CONFIG_PATH, id, { mode: 'sequential' }), create: true, inferred: false };
    } catch (error) {
      // An explicit --config must define the test; the repository's config may simply not mention it.
      if (values.config || !(error instanceof AbError) || !/has no test|defines no A\/B test/.test(error.message)) throw error;
    }
  }
  const events = parseEvents(text, { ...(file !== '-' ? { fileName: file } : {}), ...(formatOf(values) ? { format: formatOf(values)! } : {}) }).events;
  if (events.length === 0) throw new AbError(`There is no A/B test "${id}" and ${file} has no valid event to infer one from: start it first (mcpver ab start --config FILE).`);
  return { test: { ...inferAbTest(events, id), mode: 'sequential' }, create: true, inferred: true };
}

async function record(values: Values): Promise<number> {
  const id = need(values, 'test', 'record');
  const file = need(values, 'events', 'record');
  const [{ parseEvents }, { recordEvents }] = await Promise.all([import('../ab/events.ts'), import('../ab/store.ts')]);
  const store = await openStore(values, RECORD_MAX_ATTEMPTS);
  const text = await readInput(file);
  const { test, create, inferred } = await testForRecording(store, values, id, text, file);
  const parsed = parseEvents(text, { test, ...(file !== '-' ? { fileName: file } : {}), ...(formatOf(values) ? { format: formatOf(values)! } : {}) });
  const done = parsed.accepted > 0 || parsed.rejectedCount > 0
    ? await recordEvents(store, id, parsed, { actor: 'cli', ...(create ? { createWith: { ...test, createdAt: new Date().toISOString() } } : {}) })
    : { accepted: 0, rejected: 0, commit: null, attempts: 0, created: false };
  if (values.json) {
    print(JSON.stringify({ test: id, created: done.created, accepted: done.accepted, rejected: done.rejected, rejections: parsed.rejected, commit: done.commit }, null, 2));
  } else {
    if (done.created) process.stderr.write(`Started A/B test "${id}"${inferred ? ` with metrics inferred from the events (${test.metrics.map((m) => `${m.name}: ${m.kind}, ${m.better} is better, ${m.role}`).join('; ')})` : ' from its definition'}.\n`);
    if (parsed.rejectedCount > 0) process.stderr.write(`${rejectionLines(parsed, file)}\n`);
    const late = done.rejected - parsed.rejectedCount;
    if (late > 0) process.stderr.write(`${late} events were for metrics the stored test does not define, and were rejected.\n`);
    print(`Recorded ${done.accepted} events into "${id}"; ${done.rejected} lines rejected.`);
  }
  return values.strict && done.rejected > 0 ? EXIT.failed : EXIT.ok;
}

async function analyze(values: Values): Promise<number> {
  const { renderAbComment } = await import('../render/ab-comment.ts');
  if (values.events) {
    const [{ parseAbDefinition }, { parseEvents }, { inferAbTest, inputFromEvents }, { analyzeAbTest }] = await Promise.all([
      import('../ab/load-definition.ts'),
      import('../ab/events.ts'),
      import('../ab/analysis/input.ts'),
      import('../ab/analysis/index.ts'),
    ]);
    const file = values.events;
    const text = await readInput(file);
    const definition = values.config ? parseAbDefinition(await readInput(values.config), values.config, values.test) : undefined;
    const parsed = parseEvents(text, { ...(definition ? { test: definition } : {}), ...(file !== '-' ? { fileName: file } : {}), ...(formatOf(values) ? { format: formatOf(values)! } : {}) });
    if (parsed.rejectedCount > 0) process.stderr.write(`${rejectionLines(parsed, file)}\n`);
    const fromName = path.basename(file).replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9._-]/g, '-').replace(/^[^a-z0-9]+/, '');
    const test = definition ?? inferAbTest(parsed.events, values.test ?? (file === '-' || !fromName ? 'local' : fromName.slice(0, 64)));
    const result = analyzeAbTest(test, inputFromEvents(parsed.events, parsed.rejectedCount));
    print(values.json ? JSON.stringify(result, null, 2) : renderAbComment(result));
    return EXIT.ok;
  }
  const id = values.test;
  if (!id) throw new UsageError('mcpver ab analyze needs --events FILE (a local file) or --test ID (a stored test).');
  const { analyzeStoredTest } = await import('../ab/run.ts');
  const store = await openStore(values);
  const { result, stopped } = await analyzeStoredTest(store, id, 'cli');
  print(values.json ? JSON.stringify(result, null, 2) : renderAbComment(result, { rollbackHint: 'To return to version A: mcpver rollback restore (it makes a branch; nothing is force-pushed).' }));
  if (stopped && !values.json) process.stderr.write(`A/B test "${id}" was stopped: ${result.autoStop.rules.map((r) => r.message).join('; ')}\n`);
  return EXIT.ok;
}

async function status(values: Values): Promise<number> {
  const { abPaths, listAbTests, readAbTest } = await import('../ab/store.ts');
  const store = await openStore(values);
  if (!values.test) {
    const ids = await listAbTests(store);
    const tests = await Promise.all(ids.map((id) => readAbTest(store, id)));
    print(values.json ? JSON.stringify(tests.map((t) => ({ id: t.id, status: t.status, versions: t.versions })), null, 2) : tests.length ? tests.map((t) => `${t.id}\t${t.status}\tA ${t.versions.A} vs B ${t.versions.B}`).join('\n') : 'No A/B tests on the state branch.');
    return EXIT.ok;
  }
  const test = await readAbTest(store, values.test);
  const stats = await store.readJson<AbStats>(abPaths.stats(test.id));
  const counts = test.metrics.map((m) => ({ metric: m.name, A: stats?.variants.A.metrics[m.name]?.n ?? 0, B: stats?.variants.B.metrics[m.name]?.n ?? 0 }));
  if (values.json) {
    print(JSON.stringify({ id: test.id, status: test.status, stopReason: test.stopReason ?? null, versions: test.versions, events: stats?.events ?? null, counts }, null, 2));
  } else {
    print([`${test.id}: ${test.status}${test.stopReason ? ` (${test.stopReason})` : ''} — A ${test.versions.A} vs B ${test.versions.B}`, `events: ${stats?.events.accepted ?? 0} accepted, ${stats?.events.rejected ?? 0} rejected`, ...counts.map((c) => `  ${c.metric}: A ${c.A}, B ${c.B}`)].join('\n'));
  }
  return EXIT.ok;
}

async function stop(values: Values): Promise<number> {
  const id = need(values, 'test', 'stop');
  const { setAbTestStatus } = await import('../ab/store.ts');
  const store = await openStore(values);
  const done = await setAbTestStatus(store, id, 'stopped', values.reason ?? 'stopped by hand', 'cli');
  print(values.json ? JSON.stringify({ test: id, status: done.result.status, commit: done.commit }, null, 2) : `Stopped A/B test "${id}".`);
  return EXIT.ok;
}

async function secret(values: Values): Promise<number> {
  const id = need(values, 'test', 'secret');
  const repository = values.repository;
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) throw new UsageError('mcpver ab secret needs --repository OWNER/REPO (the repository the App writes to).');
  const master = process.env.MCPVER_AB_SECRET;
  if (!master) throw new UsageError('mcpver ab secret needs the App\'s master secret in the environment variable MCPVER_AB_SECRET.');
  const { deriveTestSecret } = await import('../ab/signature.ts');
  print(deriveTestSecret(master, repository, id));
  return EXIT.ok;
}

const subcommands: Record<string, (values: Values) => Promise<number>> = { start, record, analyze, status, list: status, stop, secret };

export async function abCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    print(abHelp);
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  const run = subcommands[sub];
  if (!run) throw new UsageError(`unknown ab subcommand "${sub}". Use one of: ${Object.keys(subcommands).join(', ')}.`);
  const { values } = parse(rest, options);
  if (values.help) {
    print(abHelp);
    return EXIT.ok;
  }
  return run(values);
}
