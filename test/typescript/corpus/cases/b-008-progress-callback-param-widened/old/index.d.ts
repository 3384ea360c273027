export interface ProgressEvent {
  kind: 'progress';
  progress: number;
  total?: number;
}
export interface RequestOptions {
  onProgress?: (event: ProgressEvent) => void;
  timeout?: number;
}
export declare function request(method: string, params: unknown, options?: RequestOptions): Promise<unknown>;
