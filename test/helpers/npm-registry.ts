// A local double of the npm registry, enough for `npm view NAME versions`: real npm asks it over
// HTTP for a package document (scoped names as `@scope%2fname`) and reads its `versions`. Packages
// not listed answer 404 as the registry does. Point npm at it with npm_config_registry.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NpmRegistryDouble {
  /** `http://127.0.0.1:PORT/`, for npm_config_registry. */
  url: string;
  /** The package documents asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serve these packages and their published versions. */
export async function startNpmRegistry(packages: Record<string, string[]>): Promise<NpmRegistryDouble> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0]!);
    requests.push(name);
    const versions = packages[name];
    if (!versions) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Not found' }));
      return;
    }
    const manifest = (version: string) => ({
      name,
      version,
      dist: { tarball: `${url}${encodeURIComponent(name)}/-/${version}.tgz`, shasum: '0'.repeat(40) },
    });
    const latest = versions.filter((v) => !v.includes('-')).at(-1) ?? versions.at(-1);
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(
        JSON.stringify({
          name,
          'dist-tags': latest ? { latest } : {},
          versions: Object.fromEntries(versions.map((v) => [v, manifest(v)])),
          time: {},
        }),
      );
  });
  // Idle keep-alive sockets must not hold the test open after close.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
