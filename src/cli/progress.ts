// Progress on stderr: each step as it starts, and its time when it ends. On a terminal a spinner
// runs while the step does; elsewhere (CI logs, pipes) one plain line at each start and end.

import yoctoSpinner from 'yocto-spinner';
import type { Progress } from '../surface/progress.ts';

function seconds(startedAt: number): string {
  return `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
}

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return {
    start(step) {
      const startedAt = performance.now();
      if (stream.isTTY) {
        const spinner = yoctoSpinner({ text: step, stream }).start();
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
