// Where the proxy's events go: the state branch, the App's signed HTTP route, or an NDJSON file.

import type { ProxyEvent } from '../proxy-event.ts';

export interface SinkResult {
  accepted: number;
  rejected: number;
  /** Set when the store refused the batch because the test is stopped or completed (the reason). */
  stopped?: string;
}

export interface EventSink {
  /** `branch mcpver/state of /repo`, a URL, or a file path, for messages. */
  readonly where: string;
  /**
   * Store one batch. Throws when it could not (the recorder keeps the batch and tries again);
   * resolves with `stopped` when the test takes no more events (the batch is then dropped).
   */
  write(events: ProxyEvent[]): Promise<SinkResult>;
}

/** A write that stored the first `written` events of the batch and then failed: only the rest is retried. */
export class PartialWriteError extends Error {
  override name = 'PartialWriteError';
  constructor(
    message: string,
    readonly written: number,
  ) {
    super(message);
  }
}
