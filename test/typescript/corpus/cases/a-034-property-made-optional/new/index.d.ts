export declare class Response {
  readonly status: number;
  readonly headers?: Record<string, string>;
  text(): Promise<string>;
}
export declare function fetchJson(url: string): Promise<Response>;
