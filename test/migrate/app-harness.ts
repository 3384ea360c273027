// The real App (app/index.ts through Probot's createNodeMiddleware) on 127.0.0.1, talking to the
// GitHub double, fed with signed webhooks built from @octokit/webhooks-examples.

import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { sign } from '@octokit/webhooks-methods';
import { createNodeMiddleware, Probot, ProbotOctokit } from 'probot';
import mcpverApp from '../../app/index.ts';
import type { GitHubDouble } from '../github/double.ts';
import { followDeliveries } from '../helpers/probot-deliveries.ts';
import { keepIdleConnections } from '../helpers/keep-alive.ts';

export { ACCEPTED } from '../helpers/probot-deliveries.ts';

const SECRET = 'mcpver-test-webhook-secret';
const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
  name: string;
  examples: Array<Record<string, any>>;
}>;

/** A copy of the first example of an event (and action), for the test to patch. */
export function webhookExample(name: string, action?: string): Record<string, any> {
  const found = examples
    .find((e) => e.name === name)
    ?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no webhook example for ${name}${action ? `.${action}` : ''}`);
  return structuredClone(found);
}

export interface RunningApp {
  /** POST a signed webhook; resolves with the HTTP status (200, or 202 for a long handler) once the App has handled it. */
  send(name: string, payload: unknown, deliveryId?: string): Promise<number>;
  close(): Promise<void>;
}

export async function startApp(double: GitHubDouble): Promise<RunningApp> {
  // Generated per run: no private key is ever committed.
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const probot = new Probot({
    appId: double.app.id,
    privateKey,
    secret: SECRET,
    baseUrl: double.url,
    logLevel: 'fatal',
    // Retries and throttling would hide the double's answers and slow the suite; their own tests cover
    // them. A function, not an object: Probot lays its own throttle options over an object's, and
    // throttling spaces an installation's writes a second apart (27 s of one release's migrations).
    Octokit: ProbotOctokit.defaults((options: any) => ({
      ...options,
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
  });
  // The same middleware app/server.ts serves: the App's own routes first, then the webhooks.
  const middleware = await createNodeMiddleware(mcpverApp, { probot, webhooksPath: '/api/github/webhooks' });
  const handled = followDeliveries(probot);
  const server: Server = keepIdleConnections(
    createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end())),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/github/webhooks`;
  return {
    async send(name, payload, deliveryId = randomUUID()) {
      const body = JSON.stringify(payload);
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': name,
          'x-github-delivery': deliveryId,
          'x-hub-signature-256': await sign(SECRET, body),
        },
        body,
      });
      await response.text();
      // Probot answers 202 when a handler runs longer than its webhook timeout and finishes it in the
      // background: wait for that before the test looks.
      if (response.status === 202) await handled(deliveryId);
      return response.status;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The repository, installation and sender fields of a payload, for a repository of the double. */
export function addressed(
  payload: Record<string, any>,
  double: GitHubDouble,
  fullName: string,
  installationId: number,
  sender: string,
) {
  const repo = double.repository(fullName);
  payload.repository = {
    ...payload.repository,
    id: repo.id,
    name: repo.name,
    full_name: fullName,
    owner: { ...payload.repository.owner, login: repo.owner.login },
    default_branch: repo.defaultBranch,
  };
  payload.installation = { id: installationId, node_id: `MDIz${installationId}` };
  payload.sender = { ...payload.sender, login: sender, type: sender.endsWith('[bot]') ? 'Bot' : 'User' };
  return payload;
}
