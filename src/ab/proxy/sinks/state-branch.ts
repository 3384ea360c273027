// Events into the state branch of a repository, as `mcpver ab record` stores them: each wide event
// becomes one event per metric of the test, merged into the statistics by compare-and-swap.

import type { StateStore } from '../../../state/types.ts';
import type { AbEvent } from '../../events.ts';
import { recordEvents } from '../../store.ts';
import { AbError, type AbTest } from '../../test.ts';
import { expandWideRecord } from '../../wide-events.ts';
import type { ProxyEvent } from '../proxy-event.ts';
import type { EventSink, SinkResult } from './types.ts';

const STOPPED = /is (stopped|completed)/;
const NO_VALUE = /^no value for any metric/;

export class StateBranchSink implements EventSink {
  constructor(
    private readonly store: StateStore & { where?: string },
    private readonly test: AbTest,
    readonly where: string,
  ) {}

  async write(batch: ProxyEvent[]): Promise<SinkResult> {
    const events: AbEvent[] = [];
    let rejectedCount = 0;
    for (const record of batch) {
      const expanded = expandWideRecord(record as unknown as Record<string, unknown>, this.test);
      if (typeof expanded !== 'string') events.push(...expanded);
      // A call with no value for the test's metrics (a cancelled call, a timeout when only latency is
      // measured) is not malformed: nothing to store. Anything else is a rejected line, as in `ab record`.
      else if (!NO_VALUE.test(expanded)) rejectedCount++;
    }
    if (events.length === 0 && rejectedCount === 0) return { accepted: 0, rejected: 0 };
    try {
      // The test is created from its definition with the first batch when it is not stored yet.
      const done = await recordEvents(
        this.store,
        this.test.id,
        { events, rejectedCount },
        { actor: 'ab-proxy', createWith: { ...this.test, createdAt: new Date().toISOString() } },
      );
      return { accepted: done.accepted, rejected: done.rejected };
    } catch (error) {
      if (error instanceof AbError && STOPPED.test(error.message))
        return { accepted: 0, rejected: 0, stopped: error.message };
      throw error;
    }
  }
}
