export interface CallRequest {
  name: string;
  arguments: Record<string, unknown>;
  headers?: Record<string, string>;
}
export declare function send(request: CallRequest): Promise<Record<string, unknown>>;
