// The App mounts the A/B ingestion route beside its webhooks and finds the repository's state
// branch through the installation (app/index.ts + app/context.ts); the route's own behaviour is
// specified with the A/B tests.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { deriveTestSecret, signBatchRequest } from '../../src/ab/signature.ts';
import { GitHubDouble } from '../github/double.ts';
import { INSTALLATION_ID, startApp, type AppHarness } from './harness.ts';

const MASTER = 'ab-master-secret-for-tests';
let double: GitHubDouble;
let app: AppHarness;

beforeAll(async () => {
  process.env.MCPVER_AB_SECRET = MASTER;
  double = await GitHubDouble.start();
  await double.createRepository('acme/server');
  await double.createRepository('acme/elsewhere');
  double.install(INSTALLATION_ID, 'acme', ['acme/server']);
  app = await startApp(double);
});
afterAll(async () => {
  delete process.env.MCPVER_AB_SECRET;
  await app.close();
  await double.close();
});

async function post(repo: string, testId: string) {
  const body = '{"variant":"A","metric":"latency","value":12}\n';
  const url = app.url.replace('/api/github/webhooks', `/mcpver/ab/acme/${repo}/${testId}/events`);
  const response = await fetch(url, {
    method: 'POST',
    headers: signBatchRequest(deriveTestSecret(MASTER, `acme/${repo}`, testId), body),
    body,
  });
  return { status: response.status, body: (await response.json()) as { error?: string } };
}

it('routes a signed batch to the state branch of the installed repository', async () => {
  const answer = await post('server', 'checkout-latency');
  // No such test on the state branch yet: the route looked there, through the installation's token.
  expect(answer.status).toBe(404);
  expect(answer.body.error).toMatch(/checkout-latency/);
  expect(double.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
    expect.arrayContaining([
      'GET /repos/acme/server/installation',
      'POST /app/installations/7/access_tokens',
      'GET /repos/acme/server/git/ref/heads/mcpver/state',
    ]),
  );
});

it('answers 404 for a repository the App is not installed on', async () => {
  const answer = await post('elsewhere', 'checkout-latency');
  expect(answer).toEqual({ status: 404, body: { error: 'the App is not installed on acme/elsewhere' } });
});
