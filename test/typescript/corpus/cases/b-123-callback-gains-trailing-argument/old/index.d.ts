export interface RequestOptions {
  onProgress?: (progress: number) => void;
  timeout?: number;
}
export declare function request(method: string, params: unknown, options?: RequestOptions): Promise<unknown>;
