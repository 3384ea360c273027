export interface CallRequest {
  name: string;
  arguments: { [key: string]: unknown };
  headers?: { [header: string]: string };
}
export declare function send(request: CallRequest): Promise<{ [key: string]: unknown }>;
