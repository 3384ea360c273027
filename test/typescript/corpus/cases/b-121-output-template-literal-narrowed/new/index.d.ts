export type TaskId = `task_${string}`;
export interface Task {
  readonly id: TaskId;
  readonly status: 'working' | 'completed' | 'failed';
}
export declare function startTask(tool: string, args: Record<string, unknown>): Promise<Task>;
