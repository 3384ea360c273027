// Every JSON-RPC message passes the proxy both ways unchanged: byte for byte over stdio, and with
// their meaning intact for what the SDK does with them (progress, sampling requests from the server,
// cancellation, list_changed).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { CreateMessageRequestSchema, ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { serveStdio } from '../../../src/ab/proxy/index.ts';
import { readLines } from '../../../src/ab/proxy/lines.ts';
import { ROOT } from '../../helpers/cli.ts';
import { connect, eventually, makeVersionsRepo, proxyOn, type VersionsRepo } from './helpers.ts';

let repo: VersionsRepo | null = null;
afterEach(() => {
  repo?.cleanup();
  repo = null;
});

describe('forwarding through mcpver ab proxy', () => {
  it('passes every line both ways byte for byte, batches and notifications included', async () => {
    repo = makeVersionsRepo();
    const echoLog = path.join(repo.scratch, 'echo.log');
    const echo = `${JSON.stringify(process.execPath)} ${path.join(ROOT, 'test/fixtures/ab-proxy/raw-echo.mjs')}`;
    const { proxy } = await proxyOn(repo, {
      a: echo,
      b: echo,
      serverEnv: { ...process.env, ECHO_LOG: echoLog },
      record: { kind: 'file', path: path.join(repo.scratch, 'events.ndjson') },
    });
    const toProxy = new PassThrough();
    const fromProxy = new PassThrough();
    const received: string[] = [];
    readLines(
      fromProxy,
      (line) => received.push(line),
      () => {},
    );
    const served = serveStdio(proxy, 'raw', toProxy, fromProxy);
    const sent = [
      '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}',
      ' {"method":"notifications/initialized",   "jsonrpc":"2.0"}',
      '{"params":{"arguments":{"clé":"välue","n":1.50},"name":"lookup"},"id":"call-é","method":"tools/call","jsonrpc":"2.0"}',
      '[{"jsonrpc":"2.0","id":7,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":99}}]',
      '{"jsonrpc":"2.0","id":8,"result":{"not":"a request of the server, passed on anyway"}}',
      'this line is not JSON',
    ];
    for (const line of sent) toProxy.write(`${line}\n`);
    // Three requests (one of them in the batch): two lines back for each.
    await eventually(() => received.length >= 6, 60_000, 'the answers');
    toProxy.end();
    await served;
    await proxy.close();
    expect(readFileSync(echoLog, 'utf8')).toBe(sent.map((l) => `${l}\n`).join(''));
    expect(received).toEqual([
      '{"method":"notifications/message", "jsonrpc":"2.0","params":{"level":"info","data":"ßtep 1"}}',
      '{"result":{"echoed":"initialize","mark":"✓"},  "id":1,"jsonrpc":"2.0"}',
      '{"method":"notifications/message", "jsonrpc":"2.0","params":{"level":"info","data":"ßtep call-é"}}',
      '{"result":{"echoed":"tools/call","mark":"✓"},  "id":"call-é","jsonrpc":"2.0"}',
      '{"method":"notifications/message", "jsonrpc":"2.0","params":{"level":"info","data":"ßtep 7"}}',
      '{"result":{"echoed":"ping","mark":"✓"},  "id":7,"jsonrpc":"2.0"}',
    ]);
  }, 180_000);

  it('carries progress, sampling requests from the server, cancellation and list_changed', async () => {
    repo = makeVersionsRepo();
    const { proxy } = await proxyOn(repo, { record: { kind: 'file', path: path.join(repo.scratch, 'events.ndjson') } });
    const session = await connect(proxy, 'features', { capabilities: { sampling: {} } });
    const { client } = session;

    const progress: number[] = [];
    const counted = await client.callTool({ name: 'count', arguments: { n: 3 } }, undefined, {
      onprogress: (p) => progress.push(p.progress),
    });
    expect(counted.content).toEqual([{ type: 'text', text: 'counted to 3' }]);
    expect(progress).toEqual([1, 2, 3]);

    client.setRequestHandler(CreateMessageRequestSchema, async (request) => ({
      role: 'assistant',
      content: { type: 'text', text: `yes to "${(request.params.messages[0]!.content as { text: string }).text}"` },
      model: 'test-model',
    }));
    const asked = await client.callTool({ name: 'ask', arguments: { question: 'ready?' } });
    expect(asked.content).toEqual([{ type: 'text', text: 'the model said: yes to "ready?"' }]);

    const changed = new Promise<void>((resolve) =>
      client.setNotificationHandler(ToolListChangedNotificationSchema, () => resolve()),
    );
    await client.callTool({ name: 'enable_extra', arguments: {} });
    await changed;
    expect((await client.listTools()).tools.map((t) => t.name)).toContain('extra');

    // The client gives up on a call: the cancellation reaches the server, which stops waiting.
    const abort = new AbortController();
    const waiting = client.callTool({ name: 'wait', arguments: {} }, undefined, { signal: abort.signal });
    setTimeout(() => abort.abort('enough'), 200);
    await expect(waiting).rejects.toThrow();
    expect((await client.callTool({ name: 'lookup', arguments: { key: 'after' } })).content).toEqual([
      { type: 'text', text: 'value of after' },
    ]);
    await session.close();
    await proxy.close();
    const events = readFileSync(path.join(repo.scratch, 'events.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.map((e) => [e.tool, e.outcome])).toEqual([
      ['count', 'ok'],
      ['ask', 'ok'],
      ['enable_extra', 'ok'],
      ['wait', 'cancelled'],
      ['lookup', 'ok'],
    ]);
    // Nothing the user typed is recorded: no arguments, no results.
    expect(JSON.stringify(events)).not.toContain('ready?');
    expect(JSON.stringify(events)).not.toContain('value of after');
  }, 180_000);

  it('records arguments and results only when --record-payloads asks, into the NDJSON file', async () => {
    repo = makeVersionsRepo();
    const events = path.join(repo.scratch, 'events.ndjson');
    const { proxy } = await proxyOn(repo, { record: { kind: 'file', path: events }, recordPayloads: true });
    const session = await connect(proxy, 'payloads');
    await session.client.callTool({ name: 'lookup', arguments: { key: 'typed by a user' } });
    await session.close();
    await proxy.close();
    const [event] = readFileSync(events, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(event).toMatchObject({
      tool: 'lookup',
      arguments: { key: 'typed by a user' },
      result: { content: [{ type: 'text', text: 'value of typed by a user' }] },
    });
  }, 180_000);
});
