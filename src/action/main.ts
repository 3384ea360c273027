// The GitHub Action face: read the inputs, run the check, and hand the Report to GitHub as a JSON
// file, a job summary, annotations and outputs (and, with a token, the state branch and the pull
// request: publish.ts), failing the step when the policy says so.
// Only this folder touches @actions/core or the process environment.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { runCheck, type CheckOptions, type CheckResult } from '../check.ts';
import { CONFIG_PATH } from '../config.ts';
import { isUserError } from '../errors.ts';
import { reportAnnotations } from '../render/annotations.ts';
import { verdictLine } from '../render/describe.ts';
import { renderReportAs } from '../render/formats.ts';
import { renderErrorMarkdown, renderReportMarkdown } from '../render/markdown.ts';
import { renderReport } from '../render/text.ts';
import type { Progress } from '../surface/progress.ts';
import { forkGuard } from './fork-guard.ts';
import { defaultTo, InputError, readInputs, type ActionInputs } from './inputs.ts';
import { publishCheck, storedSnapshotLoader } from './publish.ts';

/** What run() reaches outside itself; tests may replace the check, the entry uses the defaults. */
export interface ActionDeps {
  check?: (options: CheckOptions) => Promise<CheckResult>;
  env?: Record<string, string | undefined>;
}

type Mode = (inputs: ActionInputs, deps: Required<ActionDeps>) => Promise<void>;

/** One entry per `mode` input; each mode lives in its own module. */
const modes: Record<string, Mode> = {
  check: checkMode,
  // Its own module, loaded when the mode runs: a check needs none of the A/B code.
  'ab-record': async (_inputs, deps) => {
    const { abRecordMode } = await import('./ab-record.ts');
    await abRecordMode((name) => core.getInput(name), deps.env);
  },
};

export async function run(deps: ActionDeps = {}): Promise<void> {
  const resolved: Required<ActionDeps> = { check: deps.check ?? runCheck, env: deps.env ?? process.env };
  try {
    const inputs = readInputs((name) => core.getInput(name), resolved.env);
    const mode = modes[inputs.mode];
    if (!mode) throw new InputError(`The "${inputs.mode}" mode is not available in this build of mcpver.`);
    await mode(inputs, resolved);
  } catch (error) {
    const e = error as Error;
    const message = isUserError(e) ? e.message : `mcpver: unexpected error: ${e?.stack ?? String(error)}`;
    // Later steps read `verdict`; an error is a verdict of its own, never a silent empty string.
    core.setOutput('verdict', 'error');
    if (resolved.env.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(renderErrorMarkdown(message))
        .write()
        .catch(() => undefined);
    core.setFailed(message);
  }
}

/** Each long step in the log as it starts, and its time when it ends. */
const logProgress: Progress = {
  start(step) {
    const startedAt = performance.now();
    core.info(`mcpver: ${step}…`);
    return (ok = true) =>
      core.info(
        `mcpver: ${step} ${ok ? 'done' : 'failed'} in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
      );
  },
};

async function checkMode(inputs: ActionInputs, deps: Required<ActionDeps>): Promise<void> {
  const env = deps.env;

  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const to = inputs.to ?? defaultTo(env.GITHUB_REF, env.GITHUB_EVENT_NAME);
  const payload =
    env.GITHUB_EVENT_NAME === 'pull_request_target' && env.GITHUB_EVENT_PATH
      ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'))
      : null;
  const guard = forkGuard({ eventName: env.GITHUB_EVENT_NAME, payload, allowForkCommands: inputs.allowForkCommands });
  if (guard.warning) core.warning(guard.warning);
  const result = await deps.check({
    refuseCommands: guard.refusal,
    cwd: workspace,
    from: inputs.from,
    to,
    command: inputs.command,
    // The default file is optional; a file named explicitly must exist.
    configPath: inputs.config === CONFIG_PATH ? undefined : inputs.config,
    overrides: {
      failOn: inputs.failOn,
      zeroMajor: inputs.zeroMajor,
      timeoutSeconds: inputs.timeoutSeconds,
      install: inputs.install,
      build: inputs.build,
      path: inputs.path,
      passEnv: inputs.passEnv,
      url: inputs.url,
      headers: inputs.headers,
      transport: inputs.transport,
      previous: inputs.previous,
      installScripts: inputs.installScripts,
    },
    log: (message) => core.info(message),
    environment: env,
    // The runner masks registered secrets in the log: every value passed to the server is one.
    onSecret: (value) => core.setSecret(value),
    progress: logProgress,
    loadStoredSnapshot: storedSnapshotLoader(inputs.githubToken, env),
  });
  const { report, package: pkg } = result;

  const reportPath = path.resolve(workspace, inputs.reportPath);
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeFile(reportPath, renderReportAs(report, inputs.format, { packagePath: pkg.path }));

  // GitHub logs render ANSI colour.
  core.info(renderReport(report, { color: true }));

  if (env.GITHUB_STEP_SUMMARY) {
    const summaryPointer = inputs.format === 'json' ? inputs.reportPath : undefined;
    const { markdown } = renderReportMarkdown(report, { reportPath: summaryPointer });
    await core.summary.addRaw(markdown).write();
  } else {
    core.info('GITHUB_STEP_SUMMARY is not set (not on a runner?): no job summary written.');
  }

  for (const annotation of reportAnnotations(report, { packagePath: pkg.path })) {
    const { level, message, ...properties } = annotation;
    if (level === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }

  core.setOutput('verdict', report.verdict);
  core.setOutput('required-bump', report.required);
  core.setOutput('actual-bump', report.actual);
  core.setOutput('next-version', report.nextVersion ?? '');
  core.setOutput('compatibility-score', String(report.score));
  core.setOutput('breaking-count', String(report.summary.major));
  core.setOutput('report-path', reportPath);

  await publishCheck({
    result,
    config: result.config,
    token: inputs.githubToken,
    env,
    notice: (message) => core.notice(message),
    warning: (message) => core.warning(message),
  });

  if (report.failed) {
    const verdict = verdictLine(report);
    core.setFailed(`${verdict.title}: ${verdict.sentence}`);
  }
}
