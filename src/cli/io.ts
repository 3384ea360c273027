// What a CLI command reads and writes besides its arguments, handed in rather than taken from
// `process`, so that the same dispatcher runs as the `mcpver` process and inside a test.

/** Where text goes: process.stdout and process.stderr are ones; a test passes a collector. */
export interface CliOutput {
  write(text: string): unknown;
  /** Colours only go to a terminal. */
  isTTY?: boolean;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  /** Read by `--events -`. */
  stdin: AsyncIterable<Uint8Array | string>;
  /** The settings the CLI itself reads (NO_COLOR, MCPVER_AB_SECRET); child processes inherit the process's. */
  env: Readonly<Record<string, string | undefined>>;
}

/** The running process's streams and environment: what the `mcpver` command uses. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Text as one line or block: the newline added only where the text has none. */
export function writeLine(output: CliOutput, text: string): void {
  output.write(text.endsWith('\n') ? text : `${text}\n`);
}
