#!/usr/bin/env node
// `npm run demo`: build a throwaway git repository holding the example notes server released as
// v1.0.0 and then v1.1.0 (a minor bump that removes a tool and adds a required parameter), run
// `mcpver check` on it, and show the under-bumped verdict. Exits 0 when the demo showed it.
//
//   node scripts/demo.mjs [--keep]     --keep leaves the repository in place to explore
//
// The example is TypeScript run by tsx, with no install of its own: the demo repository commits a
// `node_modules` symlink to this checkout's node_modules, so that every git worktree mcpver
// checks out of it resolves @modelcontextprotocol/sdk, zod and tsx (ESM ignores NODE_PATH).

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = path.join(ROOT, 'examples');
const SERVER_COMMAND = 'node --import tsx src/index.ts';
const keep = process.argv.includes('--keep');

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

if (!existsSync(path.join(ROOT, 'node_modules', '@modelcontextprotocol', 'sdk'))) {
  fail('node_modules is missing; run `npm ci` first.');
}

const dim = (text) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[22m` : text);
const git = (cwd, ...args) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Replace the package at the repository root with one version of the example, commit and tag it. */
function release(repo, example, tag) {
  rmSync(path.join(repo, 'src'), { recursive: true, force: true });
  for (const entry of ['src', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(EXAMPLES, example, entry), path.join(repo, entry), { recursive: true });
  }
  const { version } = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
  git(repo, 'add', '--all');
  git(repo, 'commit', '--quiet', '-m', `notes-mcp-server ${version}`);
  git(repo, 'tag', '-a', tag, '-m', `notes-mcp-server ${version}`);
  console.log(dim(`  ${tag}  examples/${example}  (notes-mcp-server ${version})`));
}

const parent = mkdtempSync(path.join(tmpdir(), 'mcpver-demo-'));
const repo = path.join(parent, 'notes-mcp-server');
let exitCode = 1;
try {
  mkdirSync(repo);
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'config', 'user.name', 'mcpver demo');
  git(repo, 'config', 'user.email', 'demo@example.invalid');
  git(repo, 'config', 'commit.gpgsign', 'false');
  git(repo, 'config', 'tag.gpgsign', 'false');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(repo, 'node_modules'));

  console.log(dim(`A git repository of a small MCP server, released twice, in ${repo}:`));
  release(repo, 'server-v1', 'v1.0.0');
  release(repo, 'server-v2', 'v1.1.0');
  const args = ['check', '--from', 'v1.0.0', '--to', 'v1.1.0', '--command', SERVER_COMMAND];
  console.log(dim(`\n$ mcpver ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}\n`));

  const reportFile = path.join(parent, 'report.json');
  const check = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src', 'cli.ts'), ...args, '--report', reportFile],
    {
      cwd: repo,
      stdio: 'inherit',
    },
  );
  if (check.error) fail(`could not run mcpver check: ${check.error.message}`);
  if (!existsSync(reportFile)) fail(`mcpver check wrote no report (exit code ${check.status}); see its output above.`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));

  // The check exits 1 for an under-bumped release: here that is the expected, demonstrated outcome.
  if (report.verdict === 'under-bumped' && check.status === 1) {
    console.log(dim(`\nAs expected: 1.1.0 broke its clients under a minor bump, so mcpver check failed it (exit 1).`));
    console.log(dim(`In your repository: npx mcpver check --command "node build/index.js"  (see README.md).`));
    exitCode = 0;
  } else {
    console.error(
      `\ndemo: expected the verdict "under-bumped" with exit code 1, got "${report.verdict}" with exit code ${check.status}.`,
    );
  }
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (keep) console.log(dim(`Kept the demo repository: ${repo}`));
  else rmSync(parent, { recursive: true, force: true });
}
process.exit(exitCode);
