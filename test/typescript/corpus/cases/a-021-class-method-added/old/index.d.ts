export interface RequestOptions { headers?: Record<string, string>; signal?: AbortSignal }
export declare class HttpClient {
  private readonly agent;
  constructor(baseUrl: string);
  readonly baseUrl: string;
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
}
