// How the one-shot faces (the CLI, the Action) have V8 optimize: imported first by their entries,
// before the TypeScript compiler is loaded. Not for the App, a long-running server.
//
// A check reads two versions of a package with the TypeScript compiler and exits. V8 11 (Node 20)
// sends a function to its optimizing compiler after a small budget of work, and the compiler is
// large: on a two-core runner, compiling it took as much CPU as running it (5.3 s of background
// compilation against 4.7 s on the main thread for openai 6.0 → 6.49), and the two competed for
// the cores. Four times the budget still optimizes what is hot and leaves the lukewarm rest in
// bytecode: the check took 6.2 → 5.5 s. V8 12 and later (Node 22, Node 24) tier up differently
// (Maglev first) and have no such flag; they are left as they are.

import { setFlagsFromString } from 'node:v8';

/** V8 11's default `--interrupt-budget` (bytecode executed before a function is considered hot). */
const DEFAULT_INTERRUPT_BUDGET = 67_584;
export const INTERRUPT_BUDGET_FLAG = `--interrupt-budget=${4 * DEFAULT_INTERRUPT_BUDGET}`;

/** Whether this V8 reads the flag (an unknown one would print an error). */
export const tiersByBudget = Number(process.versions.v8.split('.')[0]) === 11;

if (tiersByBudget) setFlagsFromString(INTERRUPT_BUDGET_FLAG);
