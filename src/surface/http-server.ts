// What a server over streamable HTTP needs beyond the SDK's transport: its headers, with values
// taken from the server's environment (so that a token stays in a secret, never in the config),
// and, when mcpver starts the server itself, waiting until it listens at its URL.

import { connect } from 'node:net';
import type { ProcessGroup } from '../process/process-group.ts';
import { SnapshotError } from './errors.ts';
import { ServerExited } from './runtime-failure.ts';

/** Between two attempts to reach a server that is starting. */
const RETRY_MS = 100;
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** `Authorization: Bearer ${API_TOKEN}` → the token from `env`; an unset variable is an error naming it. */
export function expandHeaders(headers: Record<string, string>, env: Record<string, string>): Record<string, string> {
  const expanded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    expanded[name] = value.replace(REFERENCE, (_match, braced: string | undefined, bare: string | undefined) => {
      const variable = (braced ?? bare)!;
      const found = env[variable];
      if (found === undefined) {
        throw new SnapshotError(
          `The header "${name}" uses $${variable}, which is not in the server's environment: pass it with pass-env (config), --env ${variable} (CLI) or the pass-env input (Action).`,
        );
      }
      return found;
    });
  }
  return expanded;
}

/** Whether something accepts connections at the URL's host and port. */
function listening(url: URL): Promise<boolean> {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Wait until the server mcpver started listens at `url`; a server that exits first fails at once
 * (with its exit), and `signal` (the snapshot's deadline) ends the wait.
 */
export async function waitForUrl(url: URL, server: ProcessGroup, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    if (server.exit) throw new ServerExited(server.exit);
    if (await listening(url)) return;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
