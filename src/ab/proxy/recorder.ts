// Events are recorded in batches, off the path of the client's calls: a call only appends its event
// to memory; a timer writes the batch every interval. A store that fails is retried, with the events
// kept in a bounded buffer (the oldest dropped beyond it, and counted), and reported, never thrown.

import type { ProxyEvent } from './proxy-event.ts';
import { PartialWriteError, type EventSink, type SinkResult } from './sinks/types.ts';

/** Default batch interval: a kill loses at most the events of this long. */
export const DEFAULT_BATCH_INTERVAL_MS = 10_000;
/** Events kept in memory while the store cannot be written; beyond it the oldest are dropped. */
export const DEFAULT_MAX_BUFFERED_EVENTS = 50_000;
/** A batch is written early when this many events are waiting (bounds one write's size). */
export const DEFAULT_MAX_BATCH_EVENTS = 5_000;

export interface RecorderOptions {
  intervalMs?: number;
  maxBuffered?: number;
  maxBatch?: number;
  /** One line for the user (the proxy's stderr). */
  log: (line: string) => void;
  /** Called once when the store says the test is stopped. */
  onStopped?: (reason: string) => void;
}

export interface RecorderTotals {
  recorded: number;
  rejected: number;
  dropped: number;
  batches: number;
  failures: number;
}

export class Recorder {
  private buffer: ProxyEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private readonly totals: RecorderTotals = { recorded: 0, rejected: 0, dropped: 0, batches: 0, failures: 0 };
  private stoppedReason: string | null = null;
  private lastError: string | null = null;
  /** How often a batch is written, in ms. */
  readonly intervalMs: number;
  private readonly maxBuffered: number;
  private readonly maxBatch: number;

  constructor(
    readonly sink: EventSink,
    private readonly options: RecorderOptions,
  ) {
    this.intervalMs = options.intervalMs ?? DEFAULT_BATCH_INTERVAL_MS;
    this.maxBuffered = options.maxBuffered ?? DEFAULT_MAX_BUFFERED_EVENTS;
    this.maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH_EVENTS;
  }

  /** Begin writing every interval. The timer does not keep the process alive. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  /** Append one event: O(1), never throws, never waits. */
  push(event: ProxyEvent): void {
    if (this.stoppedReason) return;
    this.buffer.push(event);
    if (this.buffer.length > this.maxBuffered) {
      this.buffer.shift();
      this.totals.dropped++;
    }
    if (this.buffer.length >= this.maxBatch && !this.writing) void this.flush();
  }

  get pending(): number {
    return this.buffer.length;
  }

  get stopped(): string | null {
    return this.stoppedReason;
  }

  snapshot(): RecorderTotals {
    return { ...this.totals };
  }

  /** Write what is buffered now (one write at a time; a second call waits for the first). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.buffer.length === 0) return;
    this.writing = this.writeBatch().finally(() => (this.writing = null));
    await this.writing;
  }

  /** Events of the write under way (0 when none): lost if the process must end before it completes. */
  get inFlight(): number {
    return this.writingCount;
  }

  private writingCount = 0;

  private async writeBatch(): Promise<void> {
    const batch = this.buffer.splice(0, this.maxBatch);
    this.writingCount = batch.length;
    try {
      await this.writeOne(batch);
    } finally {
      this.writingCount = 0;
    }
  }

  private async writeOne(batch: ProxyEvent[]): Promise<void> {
    let result: SinkResult;
    try {
      result = await this.sink.write(batch);
    } catch (error) {
      // Put the batch back in front (within the bound) and try again at the next interval; a sink
      // that stored part of it says how much, and only the rest goes back.
      const written = error instanceof PartialWriteError ? error.written : 0;
      this.totals.recorded += written;
      this.buffer.unshift(...batch.slice(written));
      const overflow = this.buffer.length - this.maxBuffered;
      if (overflow > 0) {
        this.buffer.splice(0, overflow);
        this.totals.dropped += overflow;
      }
      this.totals.failures++;
      const message = (error as Error).message;
      if (message !== this.lastError || this.totals.failures % 10 === 1) {
        this.options.log(
          `could not record ${batch.length - written} events into ${this.sink.where}: ${message}. The calls go on; ${this.buffer.length} events are kept in memory (at most ${this.maxBuffered}) and retried every ${this.intervalMs / 1000} s${this.totals.dropped ? `; ${this.totals.dropped} dropped so far` : ''}.`,
        );
      }
      this.lastError = message;
      return;
    }
    if (this.lastError) this.options.log(`recording into ${this.sink.where} works again.`);
    this.lastError = null;
    this.totals.batches++;
    if (result.stopped) {
      this.stoppedReason = result.stopped;
      this.totals.dropped += batch.length + this.buffer.length;
      this.buffer = [];
      this.options.log(
        `the A/B test takes no more events (${result.stopped}); ${batch.length} events were not recorded. New sessions go to A (the control).`,
      );
      this.options.onStopped?.(result.stopped);
      return;
    }
    this.totals.recorded += result.accepted;
    this.totals.rejected += result.rejected;
  }

  /**
   * Stop the timer and write what is left, trying until `deadlineMs` passes. What could not be
   * written stays buffered for `takeUnwritten` (the proxy spools it for the next one).
   */
  async close(deadlineMs = 10_000): Promise<RecorderTotals> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const deadline = Date.now() + deadlineMs;
    while (this.buffer.length > 0 && !this.stoppedReason && Date.now() < deadline) {
      const failuresBefore = this.totals.failures;
      await this.flush();
      if (this.totals.failures > failuresBefore)
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, Math.max(0, deadline - Date.now()))));
    }
    while (this.writing) await this.writing;
    return this.snapshot();
  }

  /** The events not written (none of them in a write under way), taken out of the buffer. */
  takeUnwritten(): ProxyEvent[] {
    const events = this.buffer;
    this.buffer = [];
    return events;
  }

  /** Count events given up on (they could be neither written nor spooled), and say so. */
  giveUp(count: number, why: string): void {
    if (count === 0) return;
    this.totals.dropped += count;
    this.options.log(`${count} events could not be recorded into ${this.sink.where} before the proxy ended (${why}).`);
  }

  /** The reason of the last failed write, if the last write failed. */
  get lastFailure(): string | null {
    return this.lastError;
  }
}
