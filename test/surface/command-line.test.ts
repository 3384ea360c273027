// How a server command is split into argv without a shell, and what is refused because it would
// need one.

import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/surface/command-line.ts';
import { SnapshotError } from '../../src/surface/errors.ts';
import { takeRuntimeSurface } from '../../src/surface/mcp-runtime.ts';
import { PAGED_SERVER, ROOT } from './helpers.ts';

function refusal(command: string, env?: Record<string, string>): string {
  try {
    parseCommandLine(command, env);
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError);
    return (error as Error).message;
  }
  throw new Error(`expected "${command}" to be refused`);
}

describe('a server command', () => {
  it('keeps quoted words together and unquotes them', () => {
    expect(parseCommandLine(`node "my server/index.js" --name 'a b' --flag=x\\ y`)).toEqual({
      file: 'node',
      args: ['my server/index.js', '--name', 'a b', '--flag=x y'],
      env: {},
    });
  });

  it('moves leading NAME=value words into the environment', () => {
    expect(parseCommandLine('LOG_LEVEL=debug API_URL="http://x/y z" node build/index.js')).toEqual({
      file: 'node',
      args: ['build/index.js'],
      env: { LOG_LEVEL: 'debug', API_URL: 'http://x/y z' },
    });
  });

  it('replaces $NAME from the environment given to the server, and starts that server', async () => {
    const { mcp } = await takeRuntimeSurface({
      command: 'node $FIXTURE --tools 2',
      cwd: ROOT,
      env: { FIXTURE: PAGED_SERVER },
    });
    expect(mcp.tools.map((t) => t.name)).toEqual(['tool_1', 'tool_2']);
  });

  it('refuses a variable that is not set, naming it', () => {
    expect(refusal('node $SERVER_ENTRY')).toContain('uses $SERVER_ENTRY, which is not set');
  });

  it.each([
    ['node build/index.js | tee log', '"|"'],
    ['node build/index.js > log', '">"'],
    ['node build/*.js', 'a glob (build/*.js)'],
    ['node build/index.js # the server', 'a comment (# the server)'],
  ])('refuses %s, which needs a shell', (command, what) => {
    expect(refusal(command)).toContain(`contains ${what}, which needs a shell`);
  });

  it('refuses an empty command', () => {
    expect(refusal('   ')).toBe('The server command "   " is empty.');
  });
});
