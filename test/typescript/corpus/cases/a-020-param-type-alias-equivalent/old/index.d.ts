export declare function schedule(task: () => void | Promise<void>, delayMs: number): { cancel(): void };
