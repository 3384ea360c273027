export declare enum Priority {
  Low = 10,
  High = 30,
  Normal = 20
}
export declare function enqueue(job: string, priority?: Priority): void;
