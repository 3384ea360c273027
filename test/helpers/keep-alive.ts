// The HTTP servers of the tests (the GitHub double, the App, local endpoints) keep an idle
// connection open until the client closes it. Node closes an idle keep-alive connection after 5 s
// by default; a client reusing it at that moment gets ECONNRESET or "other side closed" instead of
// an answer, a race that a loaded machine (timers firing late on both sides) hits often.

import type { Server } from 'node:http';

/** `server`, made to leave idle connections to its clients (close() still ends them). */
export function keepIdleConnections<T extends Server>(server: T): T {
  server.keepAliveTimeout = 0;
  return server;
}
