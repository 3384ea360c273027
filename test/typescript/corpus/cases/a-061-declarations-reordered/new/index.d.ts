export declare function enqueue(queue: string, payload: unknown): Promise<Job>;
export declare class Worker {
  constructor(queue: string, handler: JobHandler);
  stop(graceful?: boolean): Promise<void>;
  start(): Promise<void>;
}
export type JobHandler = (job: Job) => Promise<void>;
export interface Job { attempts: number; id: string; payload: unknown }
