// Run the App inside any Node HTTP server: Probot's createNodeMiddleware on the webhook path, 404
// elsewhere. `node --import tsx app/server.ts` with APP_ID, PRIVATE_KEY and WEBHOOK_SECRET set.

import { createServer } from 'node:http';
import { createNodeMiddleware, createProbot } from 'probot';
import mcpverApp from './index.ts';

export const WEBHOOKS_PATH = '/api/github/webhooks';

export async function startServer(port = Number(process.env.PORT ?? 3000)) {
  const middleware = await createNodeMiddleware(mcpverApp, { probot: createProbot(), webhooksPath: WEBHOOKS_PATH });
  const server = createServer((req, res) => {
    void middleware(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const address = server.address();
  process.stdout.write(`mcpver App listening on ${typeof address === 'object' && address ? address.port : address}${WEBHOOKS_PATH}\n`);
}
