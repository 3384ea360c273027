// The proxy itself: for each new session, choose the version (the unit's assignment, or A when the
// test is stopped or in shadow mode), start only that version, and wire the session to the recorder.

import { randomUUID } from 'node:crypto';
import { assignVariant } from '../assign.ts';
import type { AbTest, Variant } from '../test.ts';
import type { Recorder } from './recorder.ts';
import { ProxySession, type Downstream } from './session.ts';
import type { ShadowRunner } from './shadow.ts';
import { writeSpool } from './spool.ts';
import { isUrlTarget, StdioUpstream, type Upstream } from './upstream.ts';

export interface ProxySettings {
  test: AbTest;
  /** The command or URL of each version. */
  targets: { A: string; B: string };
  recorder: Recorder;
  /** Whether the stored test was stopped: a reason, or null while it runs. Asked at each new session. */
  stoppedReason(): Promise<string | null>;
  shadow?: { tools?: string[] };
  callTimeoutMs: number;
  recordPayloads: boolean;
  /** The working directory and environment of the servers started (the proxy's own by default). */
  serverCwd?: string;
  serverEnv?: NodeJS.ProcessEnv;
  onServerStderr?: (chunk: Buffer) => void;
  /** Where events that could not be recorded before the proxy ended are kept for the next one. */
  spoolDir?: string;
  log(line: string): void;
}

export interface OpenedSession {
  session: ProxySession;
  variant: Variant;
  /** Why the session went to A whatever its assignment (`shadow`, or the stop reason). */
  override?: string;
}

export class AbProxy {
  private readonly sessions = new Set<ProxySession>();

  constructor(readonly settings: ProxySettings) {}

  /** The variant of a unit right now: its assignment, unless the test is stopped (then A). */
  async variantFor(unit: string): Promise<{ variant: Variant; override?: string }> {
    const { test } = this.settings;
    if (this.settings.shadow)
      return { variant: 'A', override: 'shadow mode: A answers every call, B sees read-only calls too' };
    const stopped = this.settings.recorder.stopped ?? (await this.settings.stoppedReason());
    if (stopped)
      return { variant: 'A', override: `the test is stopped (${stopped}): new sessions go to A, the control` };
    return { variant: assignVariant(test.id, unit, test.split) };
  }

  private async upstreamFor(variant: Variant): Promise<Upstream> {
    const target = this.settings.targets[variant];
    // The SDK's HTTP client (and zod with it) is loaded only for a version at a URL: a stdio version
    // needs none of it, and the proxy's start is on the client's path.
    if (isUrlTarget(target)) return new (await import('./http-upstream.ts')).HttpUpstream(target);
    return new StdioUpstream(target, {
      ...(this.settings.serverCwd ? { cwd: this.settings.serverCwd } : {}),
      ...(this.settings.serverEnv ? { env: this.settings.serverEnv } : {}),
      ...(this.settings.onServerStderr ? { onStderr: this.settings.onServerStderr } : {}),
    });
  }

  /**
   * Open a session for `unit` whose messages to the client go to `downstream`, and start its
   * version. `launched` is a version started early for the variant the unit was expected to get; it
   * is used when that is indeed the variant, and ended otherwise.
   */
  async openSession(
    unit: string,
    downstream: Downstream,
    launched?: { variant: Variant; upstream: Upstream },
  ): Promise<OpenedSession> {
    const { test, recorder } = this.settings;
    const { variant, override } = await this.variantFor(unit);
    const early = launched && launched.variant === variant && !this.settings.shadow ? launched.upstream : undefined;
    if (launched && !early) void launched.upstream.close();
    const sessionId = randomUUID();
    const shadow: ShadowRunner | undefined = this.settings.shadow
      ? new (await import('./shadow.ts')).ShadowRunner({
          target: this.settings.targets.B,
          ...(this.settings.shadow.tools ? { tools: this.settings.shadow.tools } : {}),
          unit,
          session: sessionId,
          callTimeoutMs: this.settings.callTimeoutMs,
          ...(this.settings.serverCwd ? { cwd: this.settings.serverCwd } : {}),
          ...(this.settings.serverEnv ? { env: this.settings.serverEnv } : {}),
          ...(this.settings.onServerStderr ? { onStderr: this.settings.onServerStderr } : {}),
          emit: (event) => recorder.push(event),
          log: this.settings.log,
          versionName: test.versions.B,
        })
      : undefined;
    const session = new ProxySession({
      testId: test.id,
      variant,
      versionName: test.versions[variant],
      unit,
      session: sessionId,
      upstream: early ?? (await this.upstreamFor(variant)),
      downstream,
      emit: (event) => recorder.push(event),
      log: this.settings.log,
      callTimeoutMs: this.settings.callTimeoutMs,
      recordPayloads: this.settings.recordPayloads,
      ...(shadow ? { shadow } : {}),
    });
    this.sessions.add(session);
    session.start();
    return { session, variant, ...(override ? { override } : {}) };
  }

  /** A session ended (its client left): end its version. */
  async closeSession(session: ProxySession): Promise<void> {
    await session.close();
    this.sessions.delete(session);
  }

  /**
   * End every session and write the events still buffered, both at once (a client gives its server
   * little time after it closes stdin). What could not be written within `flushDeadlineMs` goes to
   * the spool folder when there is one, for the next proxy to record, else is counted as dropped.
   */
  async close(flushDeadlineMs?: number) {
    const { recorder } = this.settings;
    await Promise.allSettled([...[...this.sessions].map((s) => this.closeSession(s)), recorder.close(flushDeadlineMs)]);
    // Events of sessions that ended meanwhile (a shadow's last pairs) get one more chance.
    if (recorder.pending > 0 && !recorder.lastFailure) await recorder.close(flushDeadlineMs);
    this.spoolUnwritten();
    return recorder.snapshot();
  }

  /**
   * Put the events not yet written (none of a write under way) into the spool folder for the next
   * proxy, or count them as dropped when there is none. Synchronous: for the proxy's last moments.
   */
  spoolUnwritten(): void {
    const { recorder } = this.settings;
    const left = recorder.takeUnwritten();
    if (left.length === 0) return;
    const why = recorder.lastFailure ?? 'the proxy had to end first';
    if (!this.settings.spoolDir) return recorder.giveUp(left.length, why);
    try {
      const file = writeSpool(this.settings.spoolDir, left);
      this.settings.log(
        `${left.length} events not yet recorded (${why}) are kept in ${file}; the next proxy of this test records them.`,
      );
    } catch (error) {
      recorder.giveUp(left.length, `${why}; and the spool could not be written: ${(error as Error).message}`);
    }
  }
}
