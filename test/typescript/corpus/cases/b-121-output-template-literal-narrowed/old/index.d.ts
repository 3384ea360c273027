export interface Task {
  readonly id: string;
  readonly status: 'working' | 'completed' | 'failed';
}
export declare function startTask(tool: string, args: Record<string, unknown>): Promise<Task>;
