export type ProgressToken = string | number;

export interface CallToolRequest {
  method: 'tools/call';
  params: {
    name: string;
    arguments?: { [key: string]: unknown };
    _meta?: { progressToken?: ProgressToken };
  };
}

/** What you pass to Client.callTool. */
export type CallToolParams = {
  name: string;
  arguments?: { [key: string]: unknown };
};

export interface CallToolResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}

export declare class Client {
  constructor(info: { name: string; version: string });
  callTool(params: CallToolParams, options?: { signal?: AbortSignal; timeout?: number }): Promise<CallToolResult>;
  /** Low-level escape hatch. */
  send(request: CallToolRequest): Promise<CallToolResult>;
}
