export interface ProgressEvent {
  kind: 'progress';
  progress: number;
  total?: number;
}
export interface LogEvent {
  kind: 'log';
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
}
export interface RequestOptions {
  onProgress?: (event: ProgressEvent | LogEvent) => void;
  timeout?: number;
}
export declare function request(method: string, params: unknown, options?: RequestOptions): Promise<unknown>;
