#!/usr/bin/env node
// `npm run demo:ab`: the A/B proxy on live traffic, end to end. A throwaway git repository holds the
// example notes server released as v1.0.0 and v1.1.0 (1.1.0 made `search_notes` require `field`),
// with an A/B test in .github/mcpver.yml. Twelve clients (the MCP SDK's) each launch
// `mcpver ab proxy --unit uN` as their server, as a client's MCP configuration would, and make four
// calls; the proxy sends each unit to its version and records every call on the state branch. Then
// `mcpver ab analyze` reads it: B's errors breach the guardrail, the test stops, and a new session
// of a unit assigned to B goes to A. Exits 0 when the demo showed all of it.
//
//   node scripts/demo-ab.mjs [--keep]     --keep leaves the repository in place to explore

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = [process.execPath, '--import', 'tsx', path.join(ROOT, 'src', 'cli.ts')];
const TEST_ID = 'notes-1-1';
const UNITS = Array.from({ length: 12 }, (_, i) => `u${i + 1}`);
const keep = process.argv.includes('--keep');
const dim = (text) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[22m` : text);
const git = (cwd, ...args) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

const CONFIG = `ab:
  tests:
    - id: ${TEST_ID}
      name: notes 1.1 against 1.0
      versions: { A: "1.0.0", B: "1.1.0" }
      guard-min-sample: 3
      metrics:
        - { name: response_time, kind: mean, better: lower, role: primary, latency: true }
        - { name: error, kind: proportion, better: lower, role: guardrail, hard-limit: 0.1 }
`;

if (!existsSync(path.join(ROOT, 'node_modules', '@modelcontextprotocol', 'sdk'))) {
  console.error('demo:ab: node_modules is missing; run `npm ci` first.');
  process.exit(1);
}

/**
 * A stdio client transport that, on close, ends the server's stdin and waits for it to exit (the
 * SDK's own gives a server 2 s, then SIGTERM and SIGKILL; a proxy that had no time to write its
 * last events then keeps them for the next one, which this demo would not wait for).
 */
function patientTransport(command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const transport = {
    stderr: () => stderr,
    async start() {
      createInterface({ input: child.stdout }).on('line', (line) => transport.onmessage?.(JSON.parse(line)));
    },
    async send(message) {
      child.stdin.write(`${JSON.stringify(message)}\n`);
    },
    async close() {
      child.stdin.end();
      await exited;
      transport.onclose?.();
    },
  };
  return transport;
}

/** One client session through the proxy: four calls; what it landed on, and how many calls failed. */
async function session(repo, versions, unit) {
  const transport = patientTransport(
    CLI[0],
    [...CLI.slice(1), 'ab', 'proxy', '--test', TEST_ID, '--unit', unit, '--a', versions.A, '--b', versions.B],
    repo,
  );
  const client = new Client({ name: 'demo-client', version: '1.0.0' });
  await client.connect(transport);
  let failed = 0;
  const call = async (name, args) => {
    const result = await client.callTool({ name, arguments: args });
    if (result.isError) failed++;
  };
  await call('add_note', { title: `${unit} groceries`, body: 'milk, bread', tags: ['home'] });
  await call('add_note', { title: `${unit} standup`, body: 'demo the proxy', tags: ['work'] });
  await call('list_notes', { tag: 'work' });
  await call('search_notes', { query: 'milk' }); // 1.1.0 requires `field`: the call fails there
  const version = client.getServerVersion()?.version;
  await client.close();
  return { unit, version, failed, stderr: transport.stderr() };
}

const parent = mkdtempSync(path.join(tmpdir(), 'mcpver-demo-ab-'));
const repo = path.join(parent, 'notes-mcp-server');
let exitCode = 1;
try {
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(parent, 'node_modules'));
  mkdirSync(path.join(repo, '.github'), { recursive: true });
  git(repo, 'init', '--quiet', '--initial-branch=main');
  for (const [key, value] of [
    ['user.name', 'mcpver demo'],
    ['user.email', 'demo@example.invalid'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
  ])
    git(repo, 'config', key, value);
  writeFileSync(path.join(repo, '.github', 'mcpver.yml'), CONFIG);
  console.log(dim(`A git repository of a small MCP server, released twice, in ${repo}:`));
  const versions = {};
  for (const [example, tag, variant] of [
    ['server-v1', 'v1.0.0', 'A'],
    ['server-v2', 'v1.1.0', 'B'],
  ]) {
    rmSync(path.join(repo, 'src'), { recursive: true, force: true });
    for (const entry of ['src', 'package.json', 'tsconfig.json'])
      cpSync(path.join(ROOT, 'examples', example, entry), path.join(repo, entry), { recursive: true });
    git(repo, 'add', '--all');
    git(repo, 'commit', '--quiet', '-m', `notes-mcp-server ${tag}`);
    git(repo, 'tag', '-a', tag, '-m', tag);
    // Each release checked out beside the repository, as a deployment of that version would be.
    const checkout = path.join(parent, tag);
    git(repo, 'worktree', 'add', '--quiet', '--detach', checkout, tag);
    versions[variant] = `node --import tsx ${path.join(checkout, 'src', 'index.ts')}`;
    console.log(dim(`  ${tag}  examples/${example}  → version ${variant}: ${versions[variant]}`));
  }
  console.log(
    dim(
      `.github/mcpver.yml defines the A/B test "${TEST_ID}" (A = 1.0.0, B = 1.1.0; error rate guardrail with a hard limit of 10%).\n`,
    ),
  );
  console.log(
    dim(
      `${UNITS.length} clients each launch \`mcpver ab proxy --test ${TEST_ID} --unit uN --a … --b …\` as their MCP server and make 4 calls:`,
    ),
  );

  const results = [];
  const queue = [...UNITS];
  await Promise.all(
    [0, 1, 2].map(async () => {
      for (let unit = queue.shift(); unit; unit = queue.shift()) {
        const r = await session(repo, versions, unit);
        results.push(r);
        console.log(
          `  ${unit.padEnd(4)} → ${r.version === '1.0.0' ? 'A' : 'B'} (${r.version})  ${4 - r.failed} ok, ${r.failed} failed`,
        );
        // The proxy's own troubles (a store it could not write) are shown, never hidden.
        for (const line of r.stderr.split('\n'))
          if (/could not|may be lost|are kept in|unexpected/.test(line)) console.error(`       ${line}`);
      }
    }),
  );

  console.log(dim(`\n$ mcpver ab analyze --test ${TEST_ID}\n`));
  const analyze = spawnSync(CLI[0], [...CLI.slice(1), 'ab', 'analyze', '--test', TEST_ID], {
    cwd: repo,
    encoding: 'utf8',
  });
  process.stdout.write(analyze.stdout.split('<details><summary>Analysis as JSON')[0]);
  if (analyze.stderr) process.stderr.write(analyze.stderr);
  const json = JSON.parse(
    spawnSync(CLI[0], [...CLI.slice(1), 'ab', 'analyze', '--test', TEST_ID, '--json'], { cwd: repo, encoding: 'utf8' })
      .stdout,
  );

  // The stopped test sends new sessions to A: one more session of a unit that was on B shows it.
  const onB = results.find((r) => r.version === '1.1.0');
  console.log(dim(`\nThe test is stopped. ${onB?.unit ?? 'A unit'} was on B; its next session:`));
  const again = onB ? await session(repo, versions, onB.unit) : null;
  if (again)
    console.log(
      `  ${again.unit} → ${again.version === '1.0.0' ? 'A' : 'B'} (${again.version}); the proxy said: ${again.stderr
        .split('\n')
        .find((l) => l.includes('→'))
        ?.replace(/^mcpver ab proxy: /, '')}`,
    );

  const units = json.health.srm.counts.A + json.health.srm.counts.B;
  if (json.recommendation === 'stop-rollback' && units === UNITS.length && again?.version === '1.0.0') {
    console.log(
      dim(
        `\nAs expected: every call was recorded (${units} units, both arms), 1.1.0's failing search stopped the test, and new sessions now go to 1.0.0.`,
      ),
    );
    console.log(
      dim(
        'In your MCP client: { "command": "npx", "args": ["mcpver", "ab", "proxy", "--test", "ID", "--a", "npx -y your-server@1.4.0", "--b", "npx -y your-server@1.5.0"] }  (see docs/ab.md).',
      ),
    );
    exitCode = 0;
  } else {
    console.error(
      `\ndemo:ab: expected the recommendation "stop-rollback" over ${UNITS.length} units and a new B session on A; got "${json.recommendation}" over ${units} units, and ${again?.version ?? 'no session'}.`,
    );
  }
} catch (error) {
  console.error(`demo:ab: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (keep) console.log(dim(`Kept the demo repository: ${repo}`));
  else rmSync(parent, { recursive: true, force: true });
}
process.exit(exitCode);
