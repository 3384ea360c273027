// `mcpver ab proxy`'s command line: what is wrong with a command is said before anything starts,
// naming the flag and what to do.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { abProxyCommand } from '../../../src/cli/ab-proxy.ts';
import { startProxy } from '../../../src/ab/proxy/index.ts';
import { isUserError } from '../../../src/errors.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('mcpver ab proxy, given a bad command line', () => {
  it.each([
    [['--a', 'x', '--b', 'y'], 'mcpver ab proxy needs --test ID.'],
    [['--test', 't', '--a', 'x'], 'mcpver ab proxy needs both versions: --a CMD|URL and --b CMD|URL.'],
    [
      ['--test', 't', '--a', 'x', '--b', 'y', '--unit-header', 'X-User'],
      '--unit-header needs --listen (stdio sessions have no headers).',
    ],
    [
      ['--test', 't', '--a', 'x', '--b', 'y', '--record', 'elsewhere'],
      '--record must be state, file:PATH or app (got "elsewhere").',
    ],
    [
      ['--test', 't', '--a', 'x', '--b', 'y', '--record', 'app'],
      '--record app needs --app-url URL (where the App serves its routes).',
    ],
    [
      ['--test', 't', '--a', 'x', '--b', 'y', '--batch-interval', '0'],
      '--batch-interval must be a number of seconds above 0 (got "0").',
    ],
    [
      ['--test', 't', '--a', 'x', '--b', 'y', '--listen', '8808'],
      '--listen must be HOST:PORT, for example 127.0.0.1:8808 (got "8808").',
    ],
    [['--test', 't', '--a', 'x', '--b', 'y', '--colour'], "Unknown option '--colour'"],
  ])('%j: %s', async (argv, message) => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: Readable.from([]), env: {} };
    const error = await abProxyCommand(argv, io).catch((e: Error) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toContain(message);
  });

  it('refuses to record into the state branch of a folder that is not a git repository, and says what to do', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-not-a-repo-'));
    dirs.push(dir);
    const error = await startProxy({
      testId: 't',
      a: 'x',
      b: 'y',
      repoDir: dir,
      record: { kind: 'state' },
      log: () => {},
    }).catch((e: Error) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe(
      `${dir} is not a git repository, so it has no state branch to record into: run the proxy in the server's repository, pass --repo DIR, or record elsewhere (--record file:PATH, or --record app with --app-url and --repository).`,
    );
  });

  it('keeps payloads out of every store but an NDJSON file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-payloads-'));
    dirs.push(dir);
    const error = await startProxy({
      testId: 't',
      a: 'x',
      b: 'y',
      repoDir: dir,
      record: { kind: 'state' },
      recordPayloads: true,
      log: () => {},
    }).catch((e: Error) => e);
    expect((error as Error).message).toContain(
      '--record-payloads writes arguments and results into an NDJSON file only',
    );
  });
});
