// Tools generated at run time from an OpenAPI document: no reading of the sources can know them.
// The reading says so at the registration over the document, in the server or in the toolkit it
// depends on, and points at the runtime snapshot that will list them.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { partReaders } from '../../src/surface/readers.ts';
import { takeSnapshot } from '../../src/surface/snapshot.ts';
import { removeTempDirs, tempDir } from './helpers.ts';
import { lockfileText, rangeOf, SDK_RANGE } from './lockfile-texts.ts';
import { packToolkit, vendor } from './toolkit-packages.ts';

afterAll(removeTempDirs);

const FROM_OPENAPI = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { readFileSync } from 'node:fs';

export function createServer() {
  const server = new McpServer({ name: 'api', version: '1.0.0' });
  const spec = JSON.parse(readFileSync(process.env.OPENAPI_SPEC_PATH ?? 'openapi.json', 'utf8'));
  for (const [route, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      server.tool(operation.operationId, operation.summary ?? \`\${method} \${route}\`, {}, async () => ({ content: [] }));
    }
  }
  return server;
}
`;

function folder(files: Record<string, string>): string {
  const dir = tempDir('mcpver-openapi-');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const read = (dir: string) =>
  takeSnapshot({
    dir,
    extraParts: partReaders({ surface: 'auto', typescript: false, packageCache: tempDir('mcpver-package-cache-') }),
  });

describe('a server whose tools are made from an OpenAPI document at start-up', () => {
  it('is unread, with the registration over the document as the place that hides its tools, and the runtime snapshot as the way', async () => {
    const dir = folder({
      'package.json': JSON.stringify({
        name: 'api-mcp',
        version: '1.0.0',
        type: 'module',
        dependencies: { '@modelcontextprotocol/sdk': SDK_RANGE },
      }),
      'src/index.js': FROM_OPENAPI,
    });
    const reading = (await read(dir)).provenance.mcpReading!;
    expect(reading.status).toBe('unread');
    expect(reading.gaps).toEqual([
      expect.objectContaining({
        hidesItems: true,
        location: { file: 'src/index.js', line: 9 },
        message: expect.stringMatching(
          /generated at run time from an API description \(OpenAPI\).*a runtime snapshot will list them/,
        ),
      }),
    ]);
    expect(reading.advice).toMatch(
      /^Its tools look generated at run time from an API description \(OpenAPI\).*\(src\/index\.js:9\)\. Configure how to start the server/,
    );
  });

  it('says the same of a toolkit dependency that makes them, naming the toolkit and where it is pinned', async () => {
    const toolkit = packToolkit(`openapi-toolkit-${process.pid}`, '1.0.0', [], { index: FROM_OPENAPI });
    const source = { file: 'vendor/openapi-toolkit-1.0.0.tgz' };
    const dir = folder({
      'package.json': JSON.stringify({
        name: 'acme-mcp',
        version: '1.0.0',
        type: 'module',
        dependencies: { '@modelcontextprotocol/sdk': SDK_RANGE, [toolkit.name]: rangeOf(source) },
      }),
      'package-lock.json': lockfileText('npm', toolkit, source),
      'src/index.ts': `import { createServer } from '${toolkit.name}';\nawait createServer().connect();\n`,
    });
    vendor(toolkit, dir, source.file);
    const reading = (await read(dir)).provenance.mcpReading!;
    expect(reading.status).toBe('unread');
    expect(reading.gaps).toEqual([
      expect.objectContaining({
        hidesItems: true,
        location: { file: 'src/index.ts', line: 1 },
        message: expect.stringMatching(
          new RegExp(
            `^the dependency ${toolkit.name}@1\\.0\\.0 \\(the tarball vendor/openapi-toolkit-1\\.0\\.0\\.tgz, pinned in package-lock\\.json:\\d+; imported here\\).*generated at run time from an API description \\(OpenAPI\\)`,
          ),
        ),
      }),
    ]);
    expect(reading.advice).toMatch(/^Its tools look generated at run time from an API description/);
  });
});
