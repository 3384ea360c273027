// The `mcpver` command: the dispatcher in src/cli/main.ts, given this process's arguments, streams
// and exit code.

// First: it sets how V8 optimizes before the compiler is loaded.
import './tiering.ts';
import { processIo } from './cli/io.ts';
import { runCli } from './cli/main.ts';

// exitCode rather than process.exit(): the output still being piped out is written before the process ends.
await runCli(process.argv.slice(2), processIo(), (code) => (process.exitCode = code));
