// `/mcpver ab start|status|analyze|stop [test-id]`: A/B tests from an issue or pull request. The
// analysis lives in one sticky comment on the test's tracking issue, updated in place.

import { DEFAULT_AI_BASE_URL } from '../../src/config.ts';
import { AB_ADVICE_SYSTEM, abAdvicePrompt } from '../../src/ab/advice.ts';
import type { AnalysisResult } from '../../src/ab/analysis/types.ts';
import { analyzeStoredTest } from '../../src/ab/run.ts';
import { listAbTests, readAbStats, readAbTest, setAbTestStatus, startAbTest } from '../../src/ab/store.ts';
import { AbError, defineAbTest, type AbTest } from '../../src/ab/test.ts';
import { askForAdvice } from '../../src/ai/advice.ts';
import { abCommentMarker, renderAbComment } from '../../src/render/ab-comment.ts';
import { upsertStickyComment } from './ab-sticky.ts';
import type { SlashCommand, SlashCommandContext, SlashCommandResult } from './types.ts';

const USAGE = '/mcpver ab start|status|analyze|stop [test-id] (start: [--new-issue]; stop: [reason…])';

export interface AbCommandOptions {
  /** The AI key, read by the App's wiring (never from the environment here); advice is skipped without it. */
  aiApiKey?: string | null;
  /** The endpoint the key goes to, from the App's environment (never from a repository's config). */
  aiBaseUrl?: string;
}

/** The named test, or the only running one when none is named. */
async function resolveTest(ctx: SlashCommandContext, id: string | undefined): Promise<AbTest> {
  if (id) return readAbTest(ctx.store, id);
  const tests = await Promise.all((await listAbTests(ctx.store)).map((t) => readAbTest(ctx.store, t)));
  const running = tests.filter((t) => t.status === 'running');
  if (running.length === 1) return running[0]!;
  if (tests.length === 0)
    throw new AbError(
      'There is no A/B test yet: start one with `/mcpver ab start <test-id>` (defined in ab.tests of .github/mcpver.yml).',
    );
  throw new AbError(`Name the test: ${tests.map((t) => `\`${t.id}\` (${t.status})`).join(', ')}.`);
}

async function advise(
  ctx: SlashCommandContext,
  options: AbCommandOptions,
  result: AnalysisResult,
): Promise<string | null> {
  if (!ctx.config.ai.enabled || !options.aiApiKey) return null;
  return askForAdvice({
    baseUrl: options.aiBaseUrl ?? DEFAULT_AI_BASE_URL,
    apiKey: options.aiApiKey,
    model: ctx.config.ai.model,
    timeoutMs: ctx.config.ai.timeoutSeconds * 1000,
    system: AB_ADVICE_SYSTEM,
    prompt: abAdvicePrompt(result),
    onError: (message) => ctx.log.warn(`ab advice: ${message}`),
  });
}

/** The thread that tracks a test: this one, or a new issue (`--new-issue`) so that a pull request's thread stays about the code. */
async function trackingIssue(ctx: SlashCommandContext, test: AbTest, newIssue: boolean): Promise<number> {
  if (!newIssue) return ctx.issueNumber;
  const { data } = await ctx.octokit.request('POST /repos/{owner}/{repo}/issues', {
    ...ctx.repo,
    title: `A/B test ${test.id}: ${test.versions.B} against ${test.versions.A}`,
    body: `Tracks the A/B test \`${test.id}\` started by @${ctx.actor} in #${ctx.issueNumber}. The analysis comment below is updated by \`/mcpver ab analyze ${test.id}\`.`,
  });
  return data.number as number;
}

async function start(ctx: SlashCommandContext, id: string | undefined, flags: string[]): Promise<SlashCommandResult> {
  if (id?.startsWith('--')) {
    flags = [id, ...flags];
    id = undefined;
  }
  const unknown = flags.filter((f) => f !== '--new-issue');
  if (unknown.length)
    return { ok: false, reply: `Unknown option ${unknown.map((f) => `\`${f}\``).join(', ')}. Usage: \`${USAGE}\`` };
  const configured = ctx.config.ab.tests;
  const raw = id ? configured.find((t) => t.id === id) : configured.length === 1 ? configured[0] : undefined;
  if (!raw) {
    const ids = configured.map((t) => `\`${String(t.id)}\``).join(', ') || 'none';
    return {
      ok: false,
      reply: `${id ? `No test \`${id}\` in` : 'Name the test to start from'} ab.tests of .github/mcpver.yml (defined: ${ids}). Usage: \`${USAGE}\``,
    };
  }
  const defined = defineAbTest(raw, `.github/mcpver.yml (ab.tests, id ${String(raw.id)})`, {
    confidence: ctx.config.ab.confidence,
    minSampleSize: ctx.config.ab.minSampleSize,
    mode: 'sequential',
  });
  const issue = await trackingIssue(ctx, defined, flags.includes('--new-issue'));
  const test: AbTest = { ...defined, trackingIssue: issue };
  await startAbTest(ctx.store, { ...test, createdAt: (ctx.now?.() ?? new Date()).toISOString() }, ctx.actor);
  const { result } = await analyzeStoredTest(ctx.store, test.id, ctx.actor);
  await upsertStickyComment(
    ctx.octokit,
    ctx.repo,
    issue,
    abCommentMarker(test.id),
    renderAbComment(result),
    await ctx.appLogin(),
  );
  return {
    ok: true,
    reply: `Started A/B test \`${test.id}\` (A \`${test.versions.A}\` vs B \`${test.versions.B}\`, ${test.metrics.length} metrics); ${issue === ctx.issueNumber ? 'this thread tracks it' : `#${issue} tracks it`}. Send events with the Action (\`mode: ab-record\`), \`mcpver ab record\` or the signed HTTP route, then \`/mcpver ab analyze ${test.id}\`.`,
  };
}

async function status(ctx: SlashCommandContext, id: string | undefined): Promise<SlashCommandResult> {
  const test = await resolveTest(ctx, id);
  const stats = await readAbStats(ctx.store, test.id);
  const rows = test.metrics.map(
    (m) =>
      `| \`${m.name}\` | ${m.role} | ${stats.variants.A.metrics[m.name]?.n ?? 0} | ${stats.variants.B.metrics[m.name]?.n ?? 0} |`,
  );
  return {
    ok: true,
    reply: [
      `A/B test \`${test.id}\` is **${test.status}**${test.stopReason ? ` (${test.stopReason})` : ''}: ${stats?.events.accepted ?? 0} events accepted, ${stats?.events.rejected ?? 0} rejected.`,
      '',
      '| metric | role | n A | n B |',
      '|---|---|---|---|',
      ...rows,
    ].join('\n'),
  };
}

async function analyze(
  ctx: SlashCommandContext,
  id: string | undefined,
  options: AbCommandOptions,
): Promise<SlashCommandResult> {
  const test = await resolveTest(ctx, id);
  const { result, stopped } = await analyzeStoredTest(ctx.store, test.id, ctx.actor);
  const advice = await advise(ctx, options, result);
  const issue = test.trackingIssue ?? ctx.issueNumber;
  const comment = await upsertStickyComment(
    ctx.octokit,
    ctx.repo,
    issue,
    abCommentMarker(test.id),
    renderAbComment(result, { advice }),
    await ctx.appLogin(),
  );
  const stop = stopped
    ? ` The test was **stopped** (${result.autoStop.rules.map((r) => r.rule).join(', ')}): comment \`/mcpver rollback\` to return to A.`
    : '';
  return {
    ok: true,
    reply: `Analysis of \`${test.id}\` ${comment.created ? 'posted' : 'updated'}: ${comment.url} — recommendation **${result.recommendation}**.${stop}`,
  };
}

async function stop(ctx: SlashCommandContext, id: string | undefined, reason: string[]): Promise<SlashCommandResult> {
  const test = await resolveTest(ctx, id);
  if (test.status !== 'running')
    return {
      ok: false,
      reply: `A/B test \`${test.id}\` is already ${test.status}${test.stopReason ? ` (${test.stopReason})` : ''}.`,
    };
  await setAbTestStatus(ctx.store, test.id, 'stopped', reason.join(' ') || `stopped by @${ctx.actor}`, ctx.actor);
  return {
    ok: true,
    reply: `Stopped A/B test \`${test.id}\`: it takes no more events. The analysis comment keeps its last numbers; \`/mcpver ab analyze ${test.id}\` refreshes it.`,
  };
}

export function makeAbCommand(options: AbCommandOptions = {}): SlashCommand {
  return {
    name: 'ab',
    usage: USAGE,
    summary: 'start, inspect, analyse or stop an A/B test between two versions',
    async run(ctx) {
      const [sub, id, ...rest] = ctx.args;
      try {
        switch (sub) {
          case 'start':
            return await start(ctx, id, rest);
          case 'status':
            return await status(ctx, id);
          case 'analyze':
          case 'analyse':
            return await analyze(ctx, id, options);
          case 'stop':
            return await stop(ctx, id, rest);
          default:
            return {
              ok: false,
              reply: `Unknown \`/mcpver ab\` subcommand${sub ? ` "${sub}"` : ''}. Usage: \`${USAGE}\``,
            };
        }
      } catch (error) {
        if (error instanceof AbError) return { ok: false, reply: error.message };
        throw error;
      }
    },
  };
}

/** The command without AI advice (the App's wiring may use makeAbCommand with a key instead). */
export const abCommand = makeAbCommand();
