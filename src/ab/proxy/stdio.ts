// The proxy as a stdio MCP server, where the client's configuration launches it in place of the
// server: lines from the client go to the version, lines from the version go back, unchanged.

import type { Readable, Writable } from 'node:stream';
import { readLines } from './lines.ts';
import type { AbProxy, OpenedSession } from './proxy.ts';
import { fromLine, textOf } from './wire.ts';

/**
 * Serve one session over `input`/`output` (the proxy's stdin/stdout). Resolves when the client has
 * closed its side and the version has been ended.
 */
export async function serveStdio(
  proxy: AbProxy,
  unit: string,
  input: Readable,
  output: Writable,
  onOpened?: (opened: OpenedSession) => void,
  launched?: Parameters<AbProxy['openSession']>[2],
): Promise<void> {
  // Lines that arrive before the session is open wait here, in order.
  const early: string[] = [];
  let deliver: ((line: string) => void) | null = null;
  let clientLeft!: () => void;
  const left = new Promise<void>((resolve) => (clientLeft = resolve));
  readLines(
    input,
    (line) => (deliver ? deliver(line) : early.push(line)),
    () => clientLeft(),
  );
  output.on('error', () => clientLeft());
  const opened = await proxy.openSession(
    unit,
    {
      send(message) {
        if (!output.writableEnded && !output.destroyed) output.write(`${textOf(message)}\n`);
      },
    },
    launched,
  );
  onOpened?.(opened);
  const { session } = opened;
  deliver = (line) => session.fromClient(fromLine(line));
  for (const line of early.splice(0)) deliver(line);
  await left;
  await proxy.closeSession(session);
}
