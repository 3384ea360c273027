export interface RequestOptions {
  /** Milliseconds before the request is aborted. */
  timeout?: number;
  /** Invoked whenever the server reports progress for this request. */
  onprogress?: (progress: number, total: number) => void;
}
export declare class Client {
  constructor(info: { name: string; version: string });
  request(method: string, params: Record<string, unknown>, options?: RequestOptions): Promise<unknown>;
}
