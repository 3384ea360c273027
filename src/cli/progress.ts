// Progress on stderr: each step as it starts, and its time when it ends. On a terminal a spinner
// runs while the step does; elsewhere (CI logs, pipes) one plain line at each start and end.

import yoctoSpinner from 'yocto-spinner';
import type { Progress } from '../surface/progress.ts';
import type { CliOutput } from './io.ts';

function seconds(startedAt: number): string {
  return `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
}

export function stderrProgress(stream: CliOutput): Progress {
  return {
    start(step) {
      const startedAt = performance.now();
      // A spinner redraws its line: only on a real terminal stream.
      if (stream.isTTY && 'cursorTo' in stream) {
        const spinner = yoctoSpinner({ text: step, stream: stream as NodeJS.WriteStream }).start();
        return (ok = true) => {
          if (ok) spinner.success(`${step} (${seconds(startedAt)})`);
          else spinner.error(`${step} failed (${seconds(startedAt)})`);
        };
      }
      stream.write(`mcpver: ${step}…\n`);
      return (ok = true) => {
        stream.write(`mcpver: ${step} ${ok ? 'done' : 'failed'} in ${seconds(startedAt)}\n`);
      };
    },
  };
}
