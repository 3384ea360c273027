// The App under test, end to end over HTTP: Probot with a key made at test time, mounted with
// createNodeMiddleware on 127.0.0.1, talking to the GitHub API double; webhooks are signed with
// @octokit/webhooks-methods and built from @octokit/webhooks-examples.

import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { sign } from '@octokit/webhooks-methods';
import { createNodeMiddleware, Probot, ProbotOctokit } from 'probot';
import mcpverApp from '../../app/index.ts';
import { GitHubDouble } from '../github/double.ts';
import { followDeliveries } from '../helpers/probot-deliveries.ts';
import { keepIdleConnections } from '../helpers/keep-alive.ts';

export { ACCEPTED } from '../helpers/probot-deliveries.ts';

const require = createRequire(import.meta.url);
export const WEBHOOK_SECRET = 'webhook-secret-made-for-tests';
export const INSTALLATION_ID = 7;
const WEBHOOKS_PATH = '/api/github/webhooks';

export interface AppHarness {
  double: GitHubDouble;
  url: string;
  send(event: string, payload: unknown, options?: { delivery?: string; secret?: string }): Promise<number>;
  close(): Promise<void>;
}

export async function startApp(double: GitHubDouble): Promise<AppHarness> {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const probot = new Probot({
    appId: double.app.id,
    privateKey,
    secret: WEBHOOK_SECRET,
    baseUrl: double.url,
    logLevel: 'fatal',
    // Retries and throttling would hide the double's answers and slow the suite; their own tests cover them.
    Octokit: ProbotOctokit.defaults((options: any) => ({
      ...options,
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
  });
  const middleware = await createNodeMiddleware(mcpverApp, { probot, webhooksPath: WEBHOOKS_PATH });
  const handled = followDeliveries(probot);
  const server: Server = keepIdleConnections(
    createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end())),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  const url = `http://127.0.0.1:${address.port}${WEBHOOKS_PATH}`;
  let deliveries = 0;
  return {
    double,
    url,
    async send(event, payload, options = {}) {
      const body = JSON.stringify(payload);
      const delivery = options.delivery ?? `delivery-${++deliveries}`;
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': event,
          'x-github-delivery': delivery,
          'x-hub-signature-256': await sign(options.secret ?? WEBHOOK_SECRET, body),
        },
        body,
      });
      await response.text();
      // Probot answers 202 when a handler runs past its webhook timeout (a loaded machine) and
      // finishes it in the background: wait for that before the test looks.
      if (response.status === 202) await handled(delivery);
      return response.status;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface ExampleGroup {
  name: string;
  examples: any[];
}

/** A webhook example from @octokit/webhooks-examples, cloned so a test may patch it. */
export function example(name: string, pick: (example: any) => boolean): any {
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleGroup[];
  const found = index.find((group) => group.name === name)?.examples.find(pick);
  if (!found) throw new Error(`no ${name} example matches`);
  return structuredClone(found);
}

/** Point an example at the double's repository and installation. */
export function inRepository(payload: any, double: GitHubDouble, fullName: string): any {
  const repo = double.repository(fullName);
  payload.repository = {
    ...payload.repository,
    id: repo.id,
    name: repo.name,
    full_name: fullName,
    owner: { ...payload.repository.owner, login: repo.owner.login, id: repo.owner.id },
    html_url: `https://github.com/${fullName}`,
  };
  payload.installation = { id: INSTALLATION_ID, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNw==' };
  return payload;
}

/** An `issue_comment.created` on a pull request, by `login`, saying `body`. */
export function commentPayload(
  double: GitHubDouble,
  options: {
    login: string;
    body: string;
    issueNumber: number;
    pullRequest?: boolean;
    commentId?: number;
    userType?: string;
  },
): any {
  const payload = inRepository(
    example('issue_comment', (e) => e.action === 'created'),
    double,
    'acme/server',
  );
  const user = double.user(options.login);
  const author = { ...payload.comment.user, login: options.login, id: user.id, type: options.userType ?? user.type };
  payload.comment = {
    ...payload.comment,
    id: options.commentId ?? payload.comment.id,
    body: options.body,
    user: author,
    author_association: 'CONTRIBUTOR',
  };
  payload.issue = { ...payload.issue, number: options.issueNumber };
  if (options.pullRequest)
    payload.issue.pull_request = { url: `${double.url}/repos/acme/server/pulls/${options.issueNumber}` };
  else delete payload.issue.pull_request;
  payload.sender = author;
  return payload;
}

/** Requests the App made (its JWT or its installation token) that the scenario did not expect. */
export function unexpectedAppRequests(double: GitHubDouble, expected: Array<[string, RegExp]>) {
  return double
    .unexpectedRequests(expected)
    .filter((r) => r.actor === 'app' || r.actor === double.botLogin)
    .map((r) => `${r.method} ${r.path} → ${r.status}`);
}
