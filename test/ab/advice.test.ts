// The optional advice paragraph, against a local server on 127.0.0.1 that speaks the
// chat-completions API (as OpenRouter and other OpenAI-compatible endpoints do).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askForAdvice } from '../../src/ai/advice.ts';
import { AB_ADVICE_SYSTEM, abAdvicePrompt } from '../../src/ab/advice.ts';
import { analyzeAbTest } from '../../src/ab/analysis/index.ts';
import { inferAbTest, inputFromEvents } from '../../src/ab/analysis/input.ts';
import { parseEvents } from '../../src/ab/events.ts';
import { renderAbComment } from '../../src/render/ab-comment.ts';
import { keepIdleConnections } from '../helpers/keep-alive.ts';

let server: Server;
let base: string;
let behaviour: 'answer' | 'fail' | 'hang' = 'answer';
const received: Array<{ auth: string | undefined; body: any }> = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push({ auth: req.headers.authorization, body: JSON.parse(body || '{}') });
      if (behaviour === 'hang') return; // never answers
      if (behaviour === 'fail') {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":{"message":"upstream overloaded"}}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'c1',
          object: 'chat.completion',
          created: 0,
          model: 'test-model',
          choices: [
            {
              index: 0,
              finish_reason: 'stop',
              message: { role: 'assistant', content: '  Error rates rose in B; roll back and look at the timeouts.  ' },
            },
          ],
        }),
      );
    });
  });
  keepIdleConnections(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const events = parseEvents(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/ab/reference/binary.ndjson'), 'utf8'),
).events;
const result = analyzeAbTest(inferAbTest(events, 'errors'), inputFromEvents(events));

describe('advice from an OpenAI-compatible endpoint', () => {
  it('asks with the key, the model, the system text and the analysis, and returns the trimmed paragraph', async () => {
    behaviour = 'answer';
    received.length = 0;
    const advice = await askForAdvice({
      baseUrl: base,
      apiKey: 'sk-test',
      model: 'test-model',
      timeoutMs: 120_000,
      system: AB_ADVICE_SYSTEM,
      prompt: abAdvicePrompt(result),
    });
    expect(advice).toBe('Error rates rose in B; roll back and look at the timeouts.');
    expect(received).toHaveLength(1);
    expect(received[0]!.auth).toBe('Bearer sk-test');
    expect(received[0]!.body.model).toBe('test-model');
    expect(received[0]!.body.messages[0]).toEqual({ role: 'system', content: AB_ADVICE_SYSTEM });
    expect(JSON.parse(received[0]!.body.messages[1].content).recommendation).toBe('stop-rollback');
  });

  it('makes no request at all without a key', async () => {
    received.length = 0;
    expect(await askForAdvice({ baseUrl: base, apiKey: '', timeoutMs: 1000, system: 's', prompt: 'p' })).toBeNull();
    expect(received).toHaveLength(0);
  });

  it('gives null and reports why when the endpoint fails', async () => {
    behaviour = 'fail';
    const errors: string[] = [];
    expect(
      await askForAdvice({
        baseUrl: base,
        apiKey: 'sk-test',
        timeoutMs: 120_000,
        system: 's',
        prompt: 'p',
        onError: (m) => errors.push(m),
      }),
    ).toBeNull();
    expect(errors[0]).toMatch(/advice request failed: 500/);
  });

  it('gives null when the endpoint does not answer within the timeout', async () => {
    behaviour = 'hang';
    const errors: string[] = [];
    expect(
      await askForAdvice({
        baseUrl: base,
        apiKey: 'sk-test',
        timeoutMs: 300,
        system: 's',
        prompt: 'p',
        onError: (m) => errors.push(m),
      }),
    ).toBeNull();
    expect(errors.join()).toMatch(/300 ms|timed out/i);
  });

  it('never changes the numbers of the comment', () => {
    const withAdvice = renderAbComment(result, { advice: 'Some advice.' });
    const without = renderAbComment(result);
    const json = (body: string) => body.split('```json\n')[1];
    expect(json(withAdvice)).toBe(json(without));
    expect(withAdvice.replace(/### Advice[^]*?Some advice\.\n\n/, '')).toBe(without);
  });
});
