// The App as it is deployed, tested as far as this machine allows (it has no container runtime):
// the Dockerfile's own build step bundles the App, its files are laid out as the image's final stage
// copies them, in a folder with no node_modules, and the image's CMD is started with Node directly,
// with only the environment the image and its operator give it. It answers /healthz, passes the
// image's HEALTHCHECK command, serves a signed webhook against the GitHub double, and stops on
// SIGTERM. The Lambda template's handler is built the same way and invoked as API Gateway invokes it.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sign } from '@octokit/webhooks-methods';
import { parse as parseShell } from 'shell-quote';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, type Tags } from 'yaml';
import { HEALTH_PATH, WEBHOOKS_PATH } from '../../app/server.ts';
import { commentPayload, INSTALLATION_ID, WEBHOOK_SECRET } from '../app/harness.ts';
import { GitHubDouble } from '../github/double.ts';
import { ROOT } from '../helpers/cli.ts';

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's stages, each its instructions (continuation lines joined, comments dropped). */
function dockerStages(text: string): Instruction[][] {
  const logical = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const stages: Instruction[][] = [];
  for (const line of logical) {
    const [, keyword, args] = /^(\S+)\s+(.*)$/.exec(line)!;
    if (keyword!.toUpperCase() === 'FROM') stages.push([]);
    stages.at(-1)!.push({ keyword: keyword!.toUpperCase(), args: args! });
  }
  return stages;
}

const only = (stage: Instruction[], keyword: string) => {
  const found = stage.filter((i) => i.keyword === keyword);
  if (found.length !== 1)
    throw new Error(
      `The Dockerfile's stage from ${stage[0]?.args} has ${found.length} ${keyword} instructions, where this test expects one.`,
    );
  return found[0]!.args;
};
/** A HEALTHCHECK's or CMD's exec form, `["node", "index.js"]`. */
const execForm = (args: string) => JSON.parse(args.replace(/^(--\S+\s+)*(CMD\s+)?/, '')) as string[];

const stages = dockerStages(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
const build = stages[0]!;
const final = stages.at(-1)!;
const actionNode = /^\s*using:\s*node(\d+)\s*$/m.exec(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))![1]!;

const work = mkdtempSync(path.join(tmpdir(), 'mcpver-deploy-'));
/** The image's filesystem, as far as the App sees it: its working directory holds the bundle. */
const workdir = path.join(work, 'image', only(final, 'WORKDIR'));
const { privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

let double: GitHubDouble;
let pull: number;
let app: ChildProcess | undefined;
let appExit: Promise<number | null>;
let appOutput = '';
let port: number;
let appEnv: Record<string, string>;

/** What an operator passes to `docker run -e …` and the platform sets (PATH), nothing inherited. */
function operatorEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    APP_ID: String(double.app.id),
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET,
    // Probot turns GHE_HOST into the API base URL (…/api/v3): here, the GitHub double.
    GHE_HOST: new URL(double.url).host,
    GHE_PROTOCOL: 'http',
    LOG_LEVEL: 'fatal',
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: free } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return free;
}

/** Runs `command` and resolves with its exit code and output (asynchronously: the double answers it meanwhile). */
function run(command: string[], options: { cwd: string; env: Record<string, string>; input?: string }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command[0] === 'node' ? process.execPath : command[0]!, command.slice(1), {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

async function signedHelp(login: string, delivery: string) {
  double.grant('acme/server', login, 'write');
  const id = double.addComment('acme/server', pull, login, '/mcpver help');
  const body = JSON.stringify(
    commentPayload(double, { login, body: '/mcpver help', issueNumber: pull, pullRequest: true, commentId: id }),
  );
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'issue_comment',
      'x-github-delivery': delivery,
      'x-hub-signature-256': await sign(WEBHOOK_SECRET, body),
    },
  };
}
const replyTo = (login: string) =>
  double
    .repository('acme/server')
    .comments.filter((c) => c.user.login === 'mcpver[bot]' && c.body.includes(`@${login} mcpver commands`));

beforeAll(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server', {
    files: { '.github/mcpver.yml': 'packages:\n  - path: .\n    id: acme-server\n' },
  });
  double.install(INSTALLATION_ID, 'acme', ['acme/server']);
  pull = await double.openPullRequest('acme/server', { head: 'feature', author: 'alice' });

  // The build stage's bundle step, as written, with its output moved into the temporary folder.
  const step = build.find((i) => i.keyword === 'RUN' && i.args.includes('scripts/bundle.mjs'))!.args;
  const argv = parseShell(step) as string[];
  const out = argv.indexOf('--out');
  expect(argv[0]).toBe('node');
  expect(out).toBeGreaterThan(0);
  const buildOut = argv[out + 1]!;
  argv[out + 1] = path.join(work, 'build-out');
  execFileSync(process.execPath, argv.slice(1), { cwd: ROOT, stdio: 'pipe' });

  // The final stage's COPY --from=build, from the build's output into the working directory.
  const [from, to] = parseShell(only(final, 'COPY').replace(/^--from=build\s+/, '')) as string[];
  expect(to).toBe('./');
  cpSync(path.join(work, 'build-out', path.relative(buildOut, from!)), workdir, { recursive: true });

  port = await freePort();
  const imageEnv = Object.fromEntries(
    (parseShell(only(final, 'ENV')) as string[]).map((pair) => pair.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  appEnv = { ...imageEnv, ...operatorEnv(), PORT: String(port) };
  app = spawn(process.execPath, execForm(only(final, 'CMD')).slice(1), {
    cwd: workdir,
    env: appEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  appExit = new Promise((resolve) => app!.on('exit', (code) => resolve(code)));
  app.stdout!.on('data', (chunk) => (appOutput += chunk));
  app.stderr!.on('data', (chunk) => (appOutput += chunk));
  await new Promise<void>((resolve, reject) => {
    app!.stdout!.on('data', () => appOutput.includes('listening') && resolve());
    void appExit.then((code) => reject(new Error(`The App exited (${code}) before listening:\n${appOutput}`)));
  });
}, 600_000);

afterAll(async () => {
  if (app && app.exitCode === null && app.signalCode === null) {
    app.kill('SIGKILL');
    await appExit;
  }
  await double?.close();
  rmSync(work, { recursive: true, force: true });
});

const healthcheck = () => run(execForm(only(final, 'HEALTHCHECK')), { cwd: workdir, env: appEnv });

describe('the container image', () => {
  it(`runs on node${actionNode}, the Action's Node, from built JavaScript, as a non-root user`, () => {
    expect(stages.map((stage) => only(stage, 'FROM').split(/\s+/)[0])).toEqual(
      stages.map(() => `node:${actionNode}-slim`),
    );
    expect(only(final, 'USER')).not.toMatch(/^(root|0)(:|$)/);
    expect(execForm(only(final, 'CMD'))).toEqual(['node', 'index.js']);
    expect(final.filter((i) => i.keyword === 'RUN')).toEqual([]);
    // Everything the App runs is in the bundle: no TypeScript, no node_modules beside it.
    const files = readdirSync(workdir, { recursive: true }) as string[];
    expect(files.filter((f) => f.endsWith('.ts') || f.split(path.sep).includes('node_modules'))).toEqual([]);
    expect(existsSync(path.join(work, 'node_modules'))).toBe(false);
  });

  it('answers GET /healthz with 200, and the image’s HEALTHCHECK command passes', async () => {
    const response = await fetch(`http://127.0.0.1:${port}${HEALTH_PATH}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
    const check = await healthcheck();
    expect(check.code, check.stderr).toBe(0);
  });

  it('serves a signed webhook: a /mcpver help comment gets its reply through the GitHub API', async () => {
    const { body, headers } = await signedHelp('alice', 'container-1');
    const response = await fetch(`http://127.0.0.1:${port}${WEBHOOKS_PATH}`, { method: 'POST', headers, body });
    expect(response.status, appOutput).toBe(200);
    expect(replyTo('alice')).toHaveLength(1);
  });

  it('stops on SIGTERM (docker stop) with exit code 0, and the HEALTHCHECK then fails', async () => {
    app!.kill('SIGTERM');
    expect(await appExit).toBe(0);
    expect((await healthcheck()).code).toBe(1);
  });
});

describe('the Lambda template (app/lambda.template.yaml)', () => {
  // CloudFormation's short forms (!Ref, !Sub, !GetAtt) kept as plain values.
  const cloudFormationTags: Tags = ['!Ref', '!Sub', '!GetAtt'].map((tag) => ({
    tag,
    resolve: (value: string) => ({ [tag]: value }),
  }));
  const templateFile = path.join(ROOT, 'app/lambda.template.yaml');
  const template = parseYaml(readFileSync(templateFile, 'utf8'), { customTags: cloudFormationTags }) as {
    Transform: string;
    Parameters: Record<string, { NoEcho?: boolean }>;
    Resources: Record<
      string,
      {
        Type: string;
        Properties: {
          CodeUri: string;
          Handler: string;
          Runtime: string;
          Environment: { Variables: Record<string, unknown> };
          Events: Record<string, { Type: string; Properties: { Path: string; Method: string } }>;
        };
      }
    >;
  };
  const functions = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Serverless::Function');

  it(`deploys the bundled app/lambda.ts on nodejs${actionNode}.x, configured by parameters, secrets not echoed, at the webhook path`, () => {
    expect(template.Transform).toBe('AWS::Serverless-2016-10-31');
    expect(functions).toHaveLength(1);
    const { CodeUri, Runtime, Environment, Events } = functions[0]!.Properties;
    expect(Runtime).toBe(`nodejs${actionNode}.x`);
    // `node scripts/bundle.mjs --bundle lambda` writes dist/lambda.
    expect(path.resolve(path.dirname(templateFile), CodeUri)).toBe(path.join(ROOT, 'dist/lambda'));
    const variables = Environment.Variables;
    expect(Object.keys(variables)).toEqual(expect.arrayContaining(['APP_ID', 'PRIVATE_KEY', 'WEBHOOK_SECRET']));
    for (const name of ['PRIVATE_KEY', 'WEBHOOK_SECRET']) {
      const parameter = (variables[name] as { '!Ref': string })['!Ref'];
      expect(template.Parameters[parameter]?.NoEcho, `${name} comes from a NoEcho parameter`).toBe(true);
    }
    expect(Object.values(Events)).toEqual([{ Type: 'Api', Properties: { Path: WEBHOOKS_PATH, Method: 'post' } }]);
  });

  it(
    'its handler, built and started with Node, answers an API Gateway event carrying a signed webhook',
    { timeout: 600_000 },
    async () => {
      const { Handler, Environment } = functions[0]!.Properties;
      const [file, exported] = Handler.split('.') as [string, string];
      // @ts-expect-error: a JavaScript module without declarations
      const { bundle } = (await import('../../scripts/bundle.mjs')) as {
        bundle: (out: string, names: string[]) => Promise<string[]>;
      };
      await bundle(path.join(work, 'lambda-out'), ['lambda']);
      const task = path.join(work, 'task');
      cpSync(path.join(work, 'lambda-out/lambda'), task, { recursive: true });
      // What the Lambda runtime does: import the handler's file from the task folder and call the export.
      const runtime = path.join(work, 'lambda-runtime.mjs');
      writeFileSync(
        runtime,
        [
          "import { readFileSync } from 'node:fs';",
          "import { pathToFileURL } from 'node:url';",
          'const [file, name] = process.argv.slice(2);',
          'const handler = (await import(pathToFileURL(file).href))[name];',
          "const result = await handler(JSON.parse(readFileSync(0, 'utf8')), {});",
          '// The runtime freezes the process once the handler has answered.',
          'process.stdout.write(JSON.stringify(result), () => process.exit(0));',
        ].join('\n'),
      );
      const { body, headers } = await signedHelp('lambda-lu', 'lambda-1');
      // API Gateway's REST (version 1.0) event, with headers as GitHub sends them.
      const event = {
        httpMethod: 'POST',
        path: WEBHOOKS_PATH,
        headers: {
          'Content-Type': headers['content-type'],
          'X-GitHub-Event': headers['x-github-event'],
          'X-GitHub-Delivery': headers['x-github-delivery'],
          'X-Hub-Signature-256': headers['x-hub-signature-256'],
        },
        body,
        isBase64Encoded: false,
      };
      const staticEnv = Object.fromEntries(
        Object.entries(Environment.Variables).filter(([, value]) => typeof value === 'string'),
      ) as Record<string, string>;
      const result = await run(['node', runtime, path.join(task, `${file}.js`), exported], {
        cwd: task,
        env: { ...staticEnv, ...operatorEnv() },
        input: JSON.stringify(event),
      });
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ statusCode: 200 });
      expect(replyTo('lambda-lu')).toHaveLength(1);
    },
  );
});
