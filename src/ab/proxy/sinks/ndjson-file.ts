// Events appended to an NDJSON file, one wide record per line: `mcpver ab record --events FILE` or
// `mcpver ab analyze --events FILE` read it as it is.

import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ProxyEvent } from '../proxy-event.ts';
import type { EventSink, SinkResult } from './types.ts';

export class NdjsonFileSink implements EventSink {
  readonly where: string;

  constructor(private readonly file: string) {
    this.where = file;
  }

  async write(batch: ProxyEvent[]): Promise<SinkResult> {
    await mkdir(path.dirname(this.file), { recursive: true });
    // One append of the whole batch: concurrent proxies writing the same file interleave whole
    // batches (O_APPEND), not halves of lines.
    await appendFile(this.file, batch.map((e) => `${JSON.stringify(e)}\n`).join(''));
    return { accepted: batch.length, rejected: 0 };
  }
}
