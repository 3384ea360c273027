// Run the App inside any Node HTTP server: Probot's createNodeMiddleware on the webhook path, a
// health route for the container's HEALTHCHECK and load balancers, 404 elsewhere.
// `node --import tsx app/server.ts` in development; the container runs the same file bundled
// (`node scripts/bundle.mjs --bundle app`), with APP_ID, PRIVATE_KEY and WEBHOOK_SECRET set.

import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeMiddleware, createProbot } from 'probot';
import mcpverApp from './index.ts';

export const WEBHOOKS_PATH = '/api/github/webhooks';
/**
 * Answers 200 while the process serves requests. It checks nothing beyond that: the App keeps no
 * state of its own, and a GitHub outage must not make an orchestrator restart healthy replicas.
 */
export const HEALTH_PATH = '/healthz';

export async function startServer(port = Number(process.env.PORT ?? 3000)) {
  const middleware = await createNodeMiddleware(mcpverApp, { probot: createProbot(), webhooksPath: WEBHOOKS_PATH });
  const server = createServer((req, res) => {
    if (req.url?.split('?')[0] === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(req.method === 'GET' ? '{"status":"ok"}\n' : undefined);
      return;
    }
    void middleware(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return server;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startServer();
  const address = server.address();
  process.stdout.write(
    `mcpver App listening on ${typeof address === 'object' && address ? address.port : address}${WEBHOOKS_PATH}\n`,
  );
  // In a container Node is PID 1, which gets no default handler for SIGTERM: without this,
  // `docker stop` waits its whole grace period and then kills the App mid-request.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
    });
  }
}
