export interface RequestOptions {
  timeout?: number;
}
/** Base class for typed API clients; subclasses add domain-specific methods. */
export declare class BaseClient {
  private request;
  constructor(baseUrl: string);
  readonly baseUrl: string;
  ping(): Promise<void>;
}
