// For the faces (the CLI and the Action): when mcpver is told to stop (SIGTERM from a cancelled CI
// job, SIGINT from Ctrl-C), stop the servers it started and remove its worktrees before exiting,
// so that nothing is left running or registered in the user's repository.

import { runCleanups } from './cleanup.ts';

const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;

/** Install the handlers once; `say` tells the user what is happening (on stderr, or the Action's log). */
export function cleanUpOnInterrupt(say: (message: string) => void): void {
  for (const signal of Object.keys(SIGNAL_NUMBERS) as Array<keyof typeof SIGNAL_NUMBERS>) {
    process.once(signal, () => {
      // A second signal while cleaning up finds no handler: Node's default ends the process at once.
      say(`mcpver: ${signal} received: stopping the server and removing temporary worktrees.`);
      void runCleanups().finally(() => process.exit(128 + SIGNAL_NUMBERS[signal]));
    });
  }
}
