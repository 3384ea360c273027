export interface RequestOptions {
  /** Milliseconds before the request is aborted. */
  timeout?: number;
  /** Invoked whenever the server reports progress for this request. `total` is undefined when the server does not know it. */
  onprogress?: (progress: number, total: number | undefined) => void;
}
export declare class Client {
  constructor(info: { name: string; version: string });
  request(method: string, params: Record<string, unknown>, options?: RequestOptions): Promise<unknown>;
}
