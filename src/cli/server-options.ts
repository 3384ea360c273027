// The options `check` and `snapshot` share for reaching the server: its environment (--env), a
// server over streamable HTTP (--url, --header, --transport), and installs (--install-scripts).

import { UsageError } from './common.ts';

export const serverOptions = {
  env: { type: 'string', multiple: true },
  url: { type: 'string' },
  header: { type: 'string', multiple: true },
  transport: { type: 'string' },
  'install-scripts': { type: 'boolean' },
} as const;

export const serverHelp = `  --env NAME        pass NAME from this environment to the server (repeatable; NAME=VALUE gives a value)
  --url URL         the server's streamable HTTP endpoint: a running server, or the one --command starts
  --header 'N: V'   an HTTP header for --url (repeatable; \${NAME} in V comes from --env)
  --transport T     stdio (default) | http (implied by --url)
  --install-scripts run lifecycle scripts in installs (off by default)`;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `--env NAME` takes NAME's value from mcpver's own environment (so that it never appears on a
 * command line); `--env NAME=VALUE` gives it. The values are masked wherever mcpver writes.
 */
export function envOption(
  entries: readonly string[] | undefined,
  environment: Record<string, string | undefined>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of entries ?? []) {
    const equals = entry.indexOf('=');
    const name = equals === -1 ? entry : entry.slice(0, equals);
    if (!NAME.test(name))
      throw new UsageError(`--env takes NAME or NAME=VALUE, where NAME is a variable name (got "${name}").`);
    if (equals !== -1) {
      env[name] = entry.slice(equals + 1);
      continue;
    }
    const value = environment[name];
    if (value === undefined)
      throw new UsageError(
        `--env ${name}: ${name} is not set in this environment (export it, or give --env ${name}=VALUE).`,
      );
    env[name] = value;
  }
  return env;
}

/** `--header 'Authorization: Bearer ${TOKEN}'` → { Authorization: 'Bearer ${TOKEN}' }. */
export function headerOption(entries: readonly string[] | undefined): Record<string, string> | undefined {
  if (!entries || entries.length === 0) return undefined;
  const headers: Record<string, string> = {};
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const name = colon === -1 ? '' : entry.slice(0, colon).trim();
    if (!name) throw new UsageError(`--header takes "Name: value" (got "${entry.slice(0, 40)}").`);
    headers[name] = entry.slice(colon + 1).trim();
  }
  return headers;
}

export function transportOption(value: string | undefined, url: string | undefined): 'stdio' | 'http' | undefined {
  if (value === undefined) return url ? 'http' : undefined;
  if (value !== 'stdio' && value !== 'http')
    throw new UsageError(`--transport must be stdio or http (got "${value}").`);
  if (value === 'http' && !url) throw new UsageError('--transport http needs --url: the URL the server listens at.');
  if (value === 'stdio' && url) throw new UsageError('--url is for a server over HTTP; drop --transport stdio.');
  return value;
}
