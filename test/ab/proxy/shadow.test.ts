// Shadow mode: A answers every call; read-only tool calls are also sent to B, and the proxy records
// B's latency and whether B answered differently. B never sees a call that could change something.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareResponses, normaliseText } from '../../../src/ab/proxy/compare-results.ts';
import { connect, makeVersionsRepo, proxyOn, type VersionsRepo } from './helpers.ts';

let repo: VersionsRepo | null = null;
afterEach(() => {
  repo?.cleanup();
  repo = null;
});

describe('mcpver ab proxy --shadow', () => {
  it('answers from A, sends read-only calls to B as well, and records pairs with whether B differs', async () => {
    repo = makeVersionsRepo();
    const events = path.join(repo.scratch, 'events.ndjson');
    const calls = path.join(repo.scratch, 'calls.log');
    const { proxy } = await proxyOn(repo, {
      shadow: {},
      record: { kind: 'file', path: events },
      serverEnv: { ...process.env, AB_CALL_LOG: calls },
    });
    const session = await connect(proxy, 'u-shadow');
    expect(session.opened).toMatchObject({ variant: 'A', override: expect.stringContaining('shadow mode') });
    const { client } = session;
    // Answers are A's: 1.1.0 would say "VALUE of xyz", and its `fail` no longer fails.
    expect((await client.callTool({ name: 'lookup', arguments: { key: 'abc' } })).content).toEqual([
      { type: 'text', text: 'value of abc' },
    ]);
    expect((await client.callTool({ name: 'lookup', arguments: { key: 'xyz' } })).content).toEqual([
      { type: 'text', text: 'value of xyz' },
    ]);
    expect((await client.callTool({ name: 'fail', arguments: {} })).isError).toBe(true);
    expect((await client.callTool({ name: 'add_item', arguments: { name: 'n' } })).content).toEqual([
      { type: 'text', text: 'added n as #1' },
    ]);
    await session.close();
    await proxy.close();

    // B saw the read-only calls only (add_item is not annotated read-only).
    expect(readFileSync(calls, 'utf8').trim().split('\n').sort()).toEqual(
      [
        '1.0.0 add_item',
        '1.0.0 fail',
        '1.0.0 lookup',
        '1.0.0 lookup',
        '1.1.0 fail',
        '1.1.0 lookup',
        '1.1.0 lookup',
      ].sort(),
    );
    const recorded = readFileSync(events, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // Each shadowed call is one unit with one event per version; add_item is not recorded at all.
    const pairs = new Map<string, typeof recorded>();
    for (const e of recorded) pairs.set(e.unit, [...(pairs.get(e.unit) ?? []), e]);
    expect(pairs.size).toBe(3);
    const summary = [...pairs.values()]
      .map((pair) => pair.map((e) => `${e.variant} ${e.tool} error=${e.error} differs=${e.differs}`).join(' | '))
      .sort();
    expect(summary).toEqual([
      'A fail error=1 differs=0 | B fail error=0 differs=1',
      'A lookup error=0 differs=0 | B lookup error=0 differs=0',
      'A lookup error=0 differs=0 | B lookup error=0 differs=1',
    ]);
    for (const e of recorded) {
      expect(e).toMatchObject({ mode: 'shadow', client: 'u-shadow', unit: e.call_id });
      expect(typeof e.response_time).toBe('number');
    }
  }, 180_000);

  it('shadows the tools named with --shadow-tools whatever their annotations', async () => {
    repo = makeVersionsRepo();
    const calls = path.join(repo.scratch, 'calls.log');
    const { proxy } = await proxyOn(repo, {
      shadow: { tools: ['add_item'] },
      record: { kind: 'file', path: path.join(repo.scratch, 'events.ndjson') },
      serverEnv: { ...process.env, AB_CALL_LOG: calls },
    });
    const session = await connect(proxy, 'u-tools');
    await session.client.callTool({ name: 'add_item', arguments: { name: 'n' } });
    await session.client.callTool({ name: 'lookup', arguments: { key: 'k' } });
    await session.close();
    await proxy.close();
    expect(readFileSync(calls, 'utf8').trim().split('\n').sort()).toEqual([
      '1.0.0 add_item',
      '1.0.0 lookup',
      '1.1.0 add_item',
    ]);
  }, 180_000);
});

describe("comparing A's and B's answers", () => {
  const ok = (result: unknown) => ({ kind: 'response' as const, id: 1, result });
  const text = (t: string) => ok({ content: [{ type: 'text', text: t }] });

  it('compares structured content as JSON values, whatever the key order', () => {
    expect(
      compareResponses(ok({ structuredContent: { a: 1, b: [1, 2] } }), ok({ structuredContent: { b: [1, 2], a: 1 } })),
    ).toEqual({ differs: false, by: 'structured' });
    expect(compareResponses(ok({ structuredContent: { a: 1 } }), ok({ structuredContent: { a: 2 } }))).toEqual({
      differs: true,
      by: 'structured',
    });
  });

  it('compares text by a normalised diff: line endings, trailing blanks, timestamps and UUIDs set aside', () => {
    expect(
      compareResponses(
        text('done at 2026-01-02T03:04:05Z \r\nid 0c6f7bd4-5a43-4b8e-9a8e-0f5c1e2d3a4b'),
        text('done at 2026-03-04T10:00:00.123+02:00\nid 9a1b2c3d-aaaa-4bbb-8ccc-ddddeeeeffff'),
      ),
    ).toEqual({ differs: false, by: 'text', changedLines: 0 });
    expect(compareResponses(text('a\nb\nc'), text('a\nB\nc'))).toEqual({ differs: true, by: 'text', changedLines: 2 });
    expect(normaliseText('x  \r\ny\t\n')).toBe('x\ny');
  });

  it('reads JSON text as JSON, and an error against a result always differs', () => {
    expect(compareResponses(text('{"a": 1, "b": 2}'), text('{"b":2,"a":1}'))).toEqual({
      differs: false,
      by: 'structured',
    });
    expect(compareResponses(text('x'), ok({ content: [{ type: 'text', text: 'x' }], isError: true }))).toEqual({
      differs: true,
      by: 'outcome',
    });
    expect(
      compareResponses(
        { kind: 'response', id: 1, error: { code: -32602, message: 'bad' } },
        { kind: 'response', id: 1, error: { code: -32602, message: 'Bad input' } },
      ),
    ).toEqual({ differs: false, by: 'error-code' });
  });
});
