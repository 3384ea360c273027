export declare enum Priority {
  /** Background work. */
  Low = 10,
  /** The default. */
  Normal = 20,
  /** User-facing work. */
  High = 30
}
export declare function enqueue(job: string, priority?: Priority): void;
