// The `mcpver` command: the dispatcher in src/cli/main.ts, given this process's arguments, streams
// and exit code.

// First: it sets how V8 optimizes before the compiler is loaded.
import './tiering.ts';
import { processIo } from './cli/io.ts';
import { runCli } from './cli/main.ts';
import { cleanUpOnInterrupt } from './process/interrupt.ts';

// exitCode rather than process.exit(): the output still being piped out is written before the process ends.
// SIGTERM (a cancelled CI job) or Ctrl-C: stop the server and remove worktrees before exiting.
cleanUpOnInterrupt((message) => process.stderr.write(`${message}\n`));
await runCli(process.argv.slice(2), processIo(), (code) => (process.exitCode = code));
