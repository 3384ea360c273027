// The error every way of taking a snapshot throws when it cannot: a server that does not start,
// exits early or hangs, an install or build that fails, a capture file that is not a capture.

export interface SnapshotErrorDetails {
  /** The command that was run (server, install or build), as the user wrote it. */
  command?: string;
  /** The last lines the command wrote to stderr (or its combined output for install/build). */
  output?: string;
  /** The file the snapshot was read from, for capture and snapshot JSON. */
  file?: string;
  cause?: unknown;
}

export class SnapshotError extends Error {
  override name = 'SnapshotError';
  readonly command?: string;
  readonly output?: string;
  readonly file?: string;

  constructor(message: string, details: SnapshotErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.command = details.command;
    this.output = details.output;
    this.file = details.file;
  }
}

/** How many lines of a command's output an error message carries: enough to see the cause. */
export const OUTPUT_TAIL_LINES = 20;
/** …and at most this many characters of them, so that one minified stack trace cannot flood it. */
export const OUTPUT_TAIL_CHARS = 4000;

/** The end of a command's output, trimmed to what a person reads in an error message. */
export function outputTail(text: string): string {
  const lines = text.replace(/\s+$/, '').split('\n');
  const tail = lines.slice(-OUTPUT_TAIL_LINES).join('\n');
  return tail.length > OUTPUT_TAIL_CHARS ? `…${tail.slice(-OUTPUT_TAIL_CHARS)}` : tail;
}

/** `message`, followed by the output tail indented under a heading, when there is any output. */
export function withOutput(message: string, heading: string, output: string): string {
  const tail = outputTail(output);
  if (!tail) return `${message}\n(${heading}: nothing)`;
  return `${message}\n${heading} (last lines):\n${tail
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}`;
}
