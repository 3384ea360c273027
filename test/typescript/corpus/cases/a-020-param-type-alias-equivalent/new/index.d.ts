type Task = () => void | Promise<void>;
interface Handle { cancel(): void }
export declare function schedule(task: Task, delayMs: number): Handle;
export {};
