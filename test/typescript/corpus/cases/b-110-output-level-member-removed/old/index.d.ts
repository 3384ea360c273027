export interface LogEntry {
  level: 'trace' | 'debug' | 'info' | 'error';
  message: string;
}
export declare function readLogs(since?: Date): Promise<LogEntry[]>;
