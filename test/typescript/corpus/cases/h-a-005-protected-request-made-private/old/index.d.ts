export interface RequestOptions {
  timeout?: number;
}
/** Base class for typed API clients; subclasses add domain-specific methods. */
export declare class BaseClient {
  constructor(baseUrl: string);
  readonly baseUrl: string;
  ping(): Promise<void>;
  protected request<T>(method: string, params?: Record<string, unknown>, options?: RequestOptions): Promise<T>;
}
