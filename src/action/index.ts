// The Action's entry (action.yml `main`, bundled to dist/action/index.js): it only runs the Action.
// First: it sets how V8 optimizes before the compiler is loaded.
import '../tiering.ts';
import * as core from '@actions/core';
import { cleanUpOnInterrupt } from '../process/interrupt.ts';
import { run } from './main.ts';

// A cancelled job sends SIGINT, then SIGTERM: stop the server and remove worktrees first.
cleanUpOnInterrupt((message) => core.info(message));
await run();
