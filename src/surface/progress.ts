// Progress on long work (checkout, install, build, start, list, TypeScript): the core names each
// step as it starts and says when it ends; a face shows it (the CLI on stderr, the Action in its
// log) and measures the time, so that the core keeps no clock of its own.

export interface Progress {
  /** A step begins; call the result with `false` when it failed. */
  start(step: string): (ok?: boolean) => void;
}

/** Run `work` as one step of `progress` (when there is one). */
export async function step<T>(progress: Progress | undefined, label: string, work: () => Promise<T>): Promise<T> {
  if (!progress) return work();
  const end = progress.start(label);
  try {
    const result = await work();
    end(true);
    return result;
  } catch (error) {
    end(false);
    throw error;
  }
}
