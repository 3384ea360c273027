// The version a session forwards to: a command started as a stdio child, or a streamable HTTP
// server at a URL. Both deliver messages as they come and say once, in words, when they failed.

import { startChildServer, type ChildServer } from './child-server.ts';
import { readLines } from './lines.ts';
import { fromLine, textOf, type WireMessage } from './wire.ts';

export interface UpstreamHandlers {
  message(message: WireMessage): void;
  /** The upstream can no longer answer anything (it did not start, or it exited); said once. */
  failed(reason: string): void;
}

export interface Upstream {
  /** `node build/index.js` or the URL, for messages. */
  readonly target: string;
  start(handlers: UpstreamHandlers): void;
  /** Rejects when this one message could not be delivered (HTTP); the session answers its requests. */
  send(message: WireMessage): Promise<void>;
  /** End the upstream session (and the process); resolves when it is gone. */
  close(): Promise<void>;
}

/** Whether a version is given as a URL (streamable HTTP) rather than a command. */
export function isUrlTarget(target: string): boolean {
  return /^https?:\/\//i.test(target.trim());
}

export interface StdioUpstreamOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  onStderr?: (chunk: Buffer) => void;
}

/**
 * A command speaking MCP on its stdin and stdout: lines pass through as they are. It can be launched
 * before its session exists (so that the server boots while the proxy finishes starting): what it
 * says meanwhile waits, in order, for `start`.
 */
export class StdioUpstream implements Upstream {
  private server: ChildServer | null = null;
  private closing = false;
  private handlers: UpstreamHandlers | null = null;
  private early: string[] = [];
  private failure: string | null = null;

  constructor(
    readonly target: string,
    private readonly options: StdioUpstreamOptions = {},
  ) {}

  /** Start the process now; its lines and its failure are kept until `start` attaches the session. */
  launch(): void {
    if (this.server || this.failure !== null) return;
    let server: ChildServer;
    try {
      server = startChildServer(this.target, this.options);
    } catch (error) {
      // A command that cannot even be split into words (an unset $VAR, a pipe).
      this.fail(`could not be started: ${(error as Error).message}`);
      return;
    }
    this.server = server;
    let answered = false;
    readLines(
      server.stdout,
      (line) => {
        answered = true;
        if (this.handlers) this.handlers.message(fromLine(line));
        else this.early.push(line);
      },
      () => {},
    );
    void server.exited.then((exit) => {
      if (this.closing) return;
      const stderr = server.stderrTail();
      const why = exit.spawnError
        ? `could not be started (${exit.spawnError.message})`
        : `exited ${exit.signal ? `on ${exit.signal}` : `with code ${exit.code}`} ${answered ? 'during the session' : 'before answering'}`;
      this.fail(`${why}${stderr ? `; its last words on stderr: ${stderr.split('\n').at(-1)}` : ''}`);
    });
  }

  private fail(reason: string): void {
    this.failure = reason;
    if (this.handlers) queueMicrotask(() => this.handlers!.failed(reason));
  }

  start(handlers: UpstreamHandlers): void {
    this.launch();
    this.handlers = handlers;
    for (const line of this.early.splice(0)) handlers.message(fromLine(line));
    if (this.failure !== null) {
      const reason = this.failure;
      queueMicrotask(() => handlers.failed(reason));
    }
  }

  async send(message: WireMessage): Promise<void> {
    const stdin = this.server?.stdin;
    if (!stdin || stdin.destroyed || stdin.writableEnded) throw new Error('its standard input is closed');
    stdin.write(`${textOf(message)}\n`);
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.server?.stop();
  }
}
