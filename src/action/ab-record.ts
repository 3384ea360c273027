// The Action's `mode: ab-record`: read a file of events produced by an evaluation job, store the
// valid ones in the test's statistics on the state branch, then analyse the test and publish the
// analysis (job summary, annotations for rejected lines, outputs). Auto-stop applies.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { AnalysisResult } from '../ab/analysis/types.ts';
import { parseEvents, type EventFormat, type RejectedLine } from '../ab/events.ts';
import { parseAbDefinition } from '../ab/load-definition.ts';
import { analyzeStoredTest } from '../ab/run.ts';
import { readAbTest, recordEvents, startAbTest } from '../ab/store.ts';
import { AbError, type AbTest } from '../ab/test.ts';
import { CONFIG_PATH, DEFAULT_STATE_BRANCH } from '../config.ts';
import { renderAbComment } from '../render/ab-comment.ts';
import { GitHubStateStore } from '../state/github-store.ts';
import type { StateStore } from '../state/types.ts';

/** GitHub shows at most 10 annotations of one type per step; the rest are summarised. */
export const MAX_LINE_ANNOTATIONS = 10;

export interface AbRecordOptions {
  store: StateStore;
  /** The checkout: the events and config paths are relative to it. */
  workspace: string;
  testId: string;
  eventsPath: string;
  format?: EventFormat;
  /** The config that defines the test when it is not on the state branch yet (default `.github/mcpver.yml`). */
  configPath?: string;
  actor?: string;
}

export interface AbRecordOutcome {
  test: AbTest;
  accepted: number;
  rejected: number;
  rejections: RejectedLine[];
  commit: string | null;
  /** What recording found wrong on the state branch and worked around (a chunk with a broken last line). */
  warnings: string[];
  analysis: AnalysisResult;
  /** True when this run's analysis stopped the test (auto-stop). */
  stopped: boolean;
  /** The analysis as markdown, for the job summary. */
  summary: string;
}

async function readText(file: string, what: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AbError(`cannot read the ${what} ${file}: ${(error as Error).message}`);
  }
}

/** Find the test on the state branch, or start it from the repository's config. */
async function ensureTest(options: AbRecordOptions): Promise<AbTest> {
  try {
    return await readAbTest(options.store, options.testId);
  } catch (error) {
    if (!(error instanceof AbError)) throw error;
    const configFile = options.configPath ?? CONFIG_PATH;
    const text = await readText(path.resolve(options.workspace, configFile), 'configuration');
    if (text === null)
      throw new AbError(
        `A/B test "${options.testId}" is not on the state branch and ${configFile} does not exist to define it (ab.tests).`,
      );
    // Each run of the evaluation job looks again: always-valid bounds unless the config says `mode: fixed`.
    const test = parseAbDefinition(text, configFile, options.testId, { mode: 'sequential' });
    return (await startAbTest(options.store, { ...test, createdAt: new Date().toISOString() }, options.actor)).result;
  }
}

export async function runAbRecord(options: AbRecordOptions): Promise<AbRecordOutcome> {
  const file = path.resolve(options.workspace, options.eventsPath);
  const text = await readText(file, 'events file');
  if (text === null) throw new AbError(`The events file ${options.eventsPath} does not exist in the workspace.`);
  const test = await ensureTest(options);
  const parsed = parseEvents(text, { test, fileName: file, ...(options.format ? { format: options.format } : {}) });
  const recorded =
    parsed.accepted + parsed.rejectedCount > 0
      ? await recordEvents(options.store, test.id, parsed, options.actor ? { actor: options.actor } : {})
      : { accepted: 0, rejected: 0, commit: null, warnings: [] as string[] };
  const { result, stopped, test: after } = await analyzeStoredTest(options.store, test.id, options.actor);
  return {
    test: after,
    accepted: recorded.accepted,
    rejected: recorded.rejected,
    rejections: parsed.rejected,
    commit: recorded.commit,
    warnings: recorded.warnings,
    analysis: result,
    stopped,
    summary: renderAbComment(result),
  };
}

/**
 * The mode as the Action's main calls it, with `read` = core.getInput. Inputs: `ab-test` (the test
 * id), `ab-events` (the file), optional `ab-format`, `config`, `github-token`.
 */
export async function abRecordMode(
  read: (name: string) => string,
  env: Record<string, string | undefined>,
): Promise<AbRecordOutcome> {
  const testId = read('ab-test');
  const eventsPath = read('ab-events');
  if (!testId || !eventsPath)
    throw new AbError('mode ab-record needs the inputs "ab-test" (the test id) and "ab-events" (the events file).');
  const format = read('ab-format');
  if (format && format !== 'ndjson' && format !== 'csv')
    throw new AbError(`Input "ab-format" must be ndjson or csv (got "${format}").`);
  const token = read('github-token') || env.GITHUB_TOKEN;
  if (!token)
    throw new AbError(
      'mode ab-record writes to the state branch through the GitHub API: give it a "github-token" with contents: write.',
    );
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new AbError('GITHUB_REPOSITORY is not set: mode ab-record runs inside GitHub Actions.');
  // GITHUB_API_URL as the runner sets it (GitHub Enterprise Server too), read from the env given to the mode.
  const octokit = github.getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
  const store = new GitHubStateStore({
    octokit,
    owner,
    repo,
    branch: DEFAULT_STATE_BRANCH,
    defaultActor: env.GITHUB_ACTOR ?? 'action',
  });
  const outcome = await runAbRecord({
    store,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    testId,
    eventsPath,
    ...(format ? { format: format as EventFormat } : {}),
    ...(read('config') ? { configPath: read('config') } : {}),
    actor: env.GITHUB_ACTOR ?? 'action',
  });
  for (const warning of outcome.warnings) core.warning(warning, { title: 'mcpver: state branch' });
  for (const r of outcome.rejections.slice(0, MAX_LINE_ANNOTATIONS))
    core.warning(r.reason, { file: eventsPath, startLine: r.line, title: 'mcpver: event rejected' });
  if (outcome.rejected > MAX_LINE_ANNOTATIONS)
    core.warning(
      `${outcome.rejected - MAX_LINE_ANNOTATIONS} more lines of ${eventsPath} were rejected (see the job summary).`,
    );
  await core.summary.addRaw(outcome.summary).write();
  core.setOutput('accepted', String(outcome.accepted));
  core.setOutput('rejected', String(outcome.rejected));
  core.setOutput('recommendation', outcome.analysis.recommendation);
  core.setOutput('stopped', String(outcome.stopped));
  if (outcome.analysis.recommendation === 'stop-rollback')
    core.setFailed(`A/B test "${testId}" stopped: ${outcome.analysis.reasons.join('; ')}`);
  return outcome;
}
