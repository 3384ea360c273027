export interface RequestOptions {
  /** `total` is undefined when the server did not announce one. */
  onProgress?: (progress: number, total: number | undefined) => void;
  timeout?: number;
}
export declare function request(method: string, params: unknown, options?: RequestOptions): Promise<unknown>;
