export interface Job { id: string; payload: unknown; attempts: number }
export type Mode = 'fifo' | 'lifo';
export type JobHandler = (job: Job) => Promise<void>;
export declare class Worker { constructor(queue: string, handler: JobHandler, mode?: Mode); start(): Promise<void>; stop(graceful?: boolean): Promise<void>; }
export declare function enqueue(queue: string, payload: unknown): Promise<Job>;
