// `npm run eval:repos -- [--mirror DIR] [--runtime] [--json] [--write] [--corpus DIR] [repo…]`: run every
// labelled release pair of real MCP server repositories (test/real-repos/*.yml) through this checkout's
// real `mcpver check`, as a maintainer would (default policy, no server command unless --runtime), and
// report per repository how the tools were read and how the verdicts agree with the labels.
//
// Repositories come from a mirror folder laid out as <DIR>/<owner>+<name>/repo (--mirror, or the
// MCPVER_REPOS_MIRROR environment variable), else from GitHub. Everything is cloned into one temporary
// folder, removed on every exit path. Not part of `npm test`: it needs the repositories.

import { rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus, matchesFilter, tagOf, type LabelledRepo } from './real-repos/labels.ts';
import { checkPair, cliFeatures, readSide, writeConfig, type Mode } from './real-repos/mcpver.ts';
import { endAll, git } from './real-repos/processes.ts';
import { renderJson, renderMarkdown, renderText, type RepoResult } from './real-repos/render.ts';
import { GOALS, scorePair, totals, type PairResult, type SideRead } from './real-repos/score.ts';
import { Workspace } from './real-repos/workspace.ts';

const ROOT = path.join(import.meta.dirname, '..');
const USAGE = `npm run eval:repos -- [--mirror DIR] [--runtime] [--json] [--write] [--corpus DIR] [owner/name…]
  --mirror DIR   repositories from DIR/<owner>+<name>/repo (default: $MCPVER_REPOS_MIRROR, else GitHub)
  --runtime      start the server with the label's command (install and build first) instead of reading source
  --json         print the results as JSON
  --write        also write test/real-repos/RESULTS.md
  --corpus DIR   label files (default: test/real-repos)
  owner/name     only these repositories (a prefix is enough; owner__name works too)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mirror: { type: 'string' },
    runtime: { type: 'boolean' },
    json: { type: 'boolean' },
    write: { type: 'boolean' },
    corpus: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const mirror = values.mirror ?? process.env.MCPVER_REPOS_MIRROR;
const mode: Mode = { runtime: Boolean(values.runtime) };
let corpus: LabelledRepo[];
try {
  corpus = loadCorpus(values.corpus ?? path.join(ROOT, 'test', 'real-repos')).filter((r) =>
    matchesFilter(r.repo, positionals),
  );
} catch (error) {
  // A bad label file is named with its key, never shown as a stack trace.
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
if (corpus.length === 0) {
  process.stderr.write(`No labelled repository matches ${positionals.join(', ')}.\n`);
  process.exit(2);
}

const workspace = await Workspace.create();
// Worktrees (ours and those of every mcpver the script starts) go inside the workspace, so that an
// interrupted run removes them with it.
process.env.TMPDIR = workspace.root;
// An interrupted evaluation ends the servers and checks it started and leaves no clone behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    endAll();
    rmSync(workspace.root, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function evaluateRepo(
  repo: LabelledRepo,
  features: Awaited<ReturnType<typeof cliFeatures>>,
): Promise<RepoResult> {
  const results: PairResult[] = [];
  let clone: string;
  try {
    progress(`${repo.repo}: cloning`);
    clone = await workspace.clone(repo.repo, mirror);
  } catch (error) {
    const message = (error as Error).message;
    return { repo, results: repo.pairs.map((pair) => scorePair(pair, { kind: 'error', message })) };
  }
  // Adjacent pairs share a release: read each release's surface once.
  const reads = new Map<string, Promise<SideRead>>();
  const read = (tag: string) => {
    if (!reads.has(tag)) reads.set(tag, readSide(clone, tag, repo, mode));
    return reads.get(tag)!;
  };
  for (const pair of repo.pairs) {
    const from = tagOf(pair.from, pair.tagPattern, repo.name);
    const to = tagOf(pair.to, pair.tagPattern, repo.name);
    try {
      const replaced =
        (await workspace.tag(clone, from, pair.from.commit)) + (await workspace.tag(clone, to, pair.to.commit));
      if (replaced > 0) progress(`  ${pair.id}: ${replaced} file(s) absent from the mirror replaced by placeholders`);
    } catch (error) {
      results.push(scorePair(pair, { kind: 'error', message: (error as Error).message }));
      continue;
    }
    const config = await writeConfig(workspace, repo, pair.tagPattern, mode, features);
    const outcome = await checkPair(clone, config, from, to, repo, mode, features);
    const result = scorePair(pair, outcome, await read(from), await read(to));
    results.push(result);
    const got =
      outcome.kind === 'report' ? `${result.mcpRequired} (${outcome.report.verdict})` : `error: ${outcome.message}`;
    progress(
      `  ${pair.id}: label ${pair.bump}, mcpver ${got}${result.okOnBreaking ? '  << BREAKING RELEASE PASSED' : ''}`,
    );
  }
  return { repo, results };
}

let repos: RepoResult[] = [];
let commit = 'unknown';
try {
  commit = (await git(ROOT, ['rev-parse', '--short', 'HEAD'])).trim();
  const features = await cliFeatures();
  for (const repo of corpus) repos.push(await evaluateRepo(repo, features));
} finally {
  endAll();
  await workspace.remove();
}
repos = repos.filter((r) => r.results.length > 0);

const info = {
  commit,
  date: new Date().toISOString().slice(0, 10),
  mode: mode.runtime ? ('runtime' as const) : ('static' as const),
};
process.stdout.write(values.json ? renderJson(repos, info) : renderText(repos, info));
if (values.write) {
  const file = path.join(ROOT, 'test', 'real-repos', 'RESULTS.md');
  await writeFile(file, renderMarkdown(repos, info));
  progress(`Wrote ${path.relative(ROOT, file)}.`);
}
const all = totals(repos.flatMap((r) => r.results));
const met = all.pairs > 0 && all.exact / all.pairs >= GOALS.exact && all.missedBreaking.length === 0;
process.exitCode = met ? 0 : 1;
