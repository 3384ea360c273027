// Real npm packages for the tests of tools that live in a dependency: a small MCP toolkit (its
// server and tools in its published JavaScript, the SDK as a peer) packed by the real `npm pack`,
// and a registry on 127.0.0.1 that serves those tarballs to the real npm client, as the public
// registry serves published packages.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { tempDir } from './helpers.ts';

export interface ToolDefinition {
  name: string;
  description: string;
  /** Zod shape source, e.g. `{ query: z.string() }`. */
  shape: string;
}

export interface PackedToolkit {
  name: string;
  version: string;
  /** The tarball `npm pack` wrote. */
  tarball: string;
  /** Its subresource integrity, as lockfiles record it. */
  integrity: string;
  /** Its SHA-1 in hex, as yarn 1 writes it after `#`. */
  sha1: string;
}

/** A toolkit whose `createServer()` registers `tools` (or whose index.js is `extra.index`), packed as `name@version`. */
export function packToolkit(
  name: string,
  version: string,
  tools: ToolDefinition[],
  extra: {
    dependencies?: Record<string, string>;
    index?: string;
    files?: Record<string, string>;
    manifest?: Record<string, unknown>;
  } = {},
): PackedToolkit {
  const dir = tempDir('mcpver-toolkit-');
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name,
        version,
        type: 'module',
        main: 'index.js',
        dependencies: { zod: '^3.25.0', ...extra.dependencies },
        peerDependencies: { '@modelcontextprotocol/sdk': '^1.20.0' },
        ...extra.manifest,
      },
      null,
      2,
    ),
  );
  for (const [file, text] of Object.entries(extra.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const registrations = tools
    .map(
      (t) =>
        `  server.tool(${JSON.stringify(t.name)}, ${JSON.stringify(t.description)}, ${t.shape}, async () => ({ content: [] }));`,
    )
    .join('\n');
  writeFileSync(
    path.join(dir, 'index.js'),
    extra.index ??
      `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

export function createServer() {
  const server = new McpServer({ name: ${JSON.stringify(name)}, version: ${JSON.stringify(version)} });
${registrations}
  return server;
}
`,
  );
  const out = tempDir('mcpver-packed-');
  const file = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: dir, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!;
  const tarball = path.join(out, file);
  const bytes = readFileSync(tarball);
  return {
    name,
    version,
    tarball,
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    sha1: createHash('sha1').update(bytes).digest('hex'),
  };
}

/** A copy of the tarball at `file` inside `dir` (a `file:` dependency committed with the repository). */
export function vendor(toolkit: PackedToolkit, dir: string, file: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), readFileSync(toolkit.tarball));
}

export interface LocalRegistry {
  url: string;
  /** Names asked for (packuments and tarballs), in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serve `packages` (unscoped names) as an npm registry does: a packument per name, a tarball per version. */
export async function serveRegistry(packages: PackedToolkit[]): Promise<LocalRegistry> {
  const requests: string[] = [];
  let base = '';
  const server: Server = createServer((request, response) => {
    const url = decodeURIComponent(request.url ?? '/');
    requests.push(url);
    const tarball = /^\/([^/]+)\/-\/(.+\.tgz)$/.exec(url);
    if (tarball) {
      const found = packages.find((p) => p.name === tarball[1] && `${p.name}-${p.version}.tgz` === tarball[2]);
      if (!found) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(found.tarball));
      return;
    }
    const name = url.slice(1);
    const versions = packages.filter((p) => p.name === name);
    if (versions.length === 0)
      return void response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
    const latest = versions[versions.length - 1]!;
    const document = {
      name,
      'dist-tags': { latest: latest.version },
      versions: Object.fromEntries(
        versions.map((p) => [
          p.version,
          {
            name,
            version: p.version,
            dist: { tarball: `${base}/${name}/-/${name}-${p.version}.tgz`, integrity: p.integrity },
          },
        ]),
      ),
    };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(document));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
