/**
 * A queued job.
 * `attempts` counts deliveries, starting at 1.
 */
export interface Job { id: string; payload: unknown; attempts: number }
/** Called once per delivery; a rejection schedules a retry. */
export type JobHandler = (job: Job) => Promise<void>;
/**
 * Pulls jobs from one queue and runs them.
 * @example
 * const w = new Worker('mail', async (job) => send(job.payload));
 * await w.start();
 */
export declare class Worker {
  /**
   * @param queue - the queue name
   * @param handler - runs each job
   */
  constructor(queue: string, handler: JobHandler);
  /** Starts polling. */
  start(): Promise<void>;
  /** @param graceful - wait for running jobs (default true) */
  stop(graceful?: boolean): Promise<void>;
}
/**
 * Adds a job to a queue.
 * @returns the stored job
 */
export declare function enqueue(queue: string, payload: unknown): Promise<Job>;
