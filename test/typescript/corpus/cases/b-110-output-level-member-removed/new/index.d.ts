export interface LogEntry {
  readonly level: 'debug' | 'info' | 'error';
  message: string;
}
export declare function readLogs(since?: Date): Promise<LogEntry[]>;
