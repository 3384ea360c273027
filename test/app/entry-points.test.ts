// The App's deployable entry points, each started the way it runs in production (configured only
// through the environment) and answering one signed webhook against the GitHub double.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { sign } from '@octokit/webhooks-methods';
import { GitHubDouble } from '../github/double.ts';
import { commentPayload, INSTALLATION_ID, WEBHOOK_SECRET } from './harness.ts';

let double: GitHubDouble;
let pull: number;

beforeAll(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server', {
    files: { '.github/mcpver.yml': 'packages:\n  - path: .\n    id: acme-server\n' },
  });
  double.install(INSTALLATION_ID, 'acme', ['acme/server']);
  double.grant('acme/server', 'alice', 'write');
  pull = await double.openPullRequest('acme/server', { head: 'feature', author: 'alice' });
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  // What a deployment sets; Probot turns GHE_HOST into the API base URL (…/api/v3).
  Object.assign(process.env, {
    APP_ID: String(double.app.id),
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET,
    GHE_HOST: new URL(double.url).host,
    GHE_PROTOCOL: 'http',
    LOG_LEVEL: 'fatal',
  });
});
afterAll(() => double.close());

async function signedHelp(login: string) {
  const id = double.addComment('acme/server', pull, login, '/mcpver help');
  const body = JSON.stringify(
    commentPayload(double, { login, body: '/mcpver help', issueNumber: pull, pullRequest: true, commentId: id }),
  );
  return { id, body, signature: await sign(WEBHOOK_SECRET, body) };
}

const replyTo = (login: string) =>
  double
    .repository('acme/server')
    .comments.filter((c) => c.user.login === 'mcpver[bot]' && c.body.includes(`@${login} mcpver commands`));

describe('the App entry points', () => {
  it('app/server.ts serves the webhooks through createNodeMiddleware', async () => {
    const { startServer, WEBHOOKS_PATH } = await import('../../app/server.ts');
    const server = await startServer(0);
    try {
      const { port } = server.address() as { port: number };
      const { body, signature } = await signedHelp('alice');
      const response = await fetch(`http://127.0.0.1:${port}${WEBHOOKS_PATH}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'issue_comment',
          'x-github-delivery': 'server-1',
          'x-hub-signature-256': signature,
        },
        body,
      });
      expect(response.status).toBe(200);
      expect(replyTo('alice')).toHaveLength(1);
      expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('app/lambda.ts answers an API Gateway event through the serverless adapter', async () => {
    double.grant('acme/server', 'lambda-lu', 'admin');
    const { webhooks } = await import('../../app/lambda.ts');
    const { body, signature } = await signedHelp('lambda-lu');
    const result = await webhooks(
      {
        httpMethod: 'POST',
        path: '/',
        headers: {
          'X-GitHub-Event': 'issue_comment',
          'X-GitHub-Delivery': 'lambda-1',
          'X-Hub-Signature-256': signature,
        },
        body,
      } as never,
      {} as never,
    );
    expect((result as { statusCode: number }).statusCode).toBe(200);
    expect(replyTo('lambda-lu')).toHaveLength(1);
  });
});
