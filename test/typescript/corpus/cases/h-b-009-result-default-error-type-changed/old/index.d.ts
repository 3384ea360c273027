export type ErrorCode = 'invalid_params' | 'internal_error' | 'request_timeout' | 'method_not_found';

export declare class McpError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string);
}

/** Either a value or an error; never throws. */
export type Result<T, E = Error> = { ok: true; value: T } | { ok: false; error: E };

export interface CallToolResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string });
  /** Like callTool, but reports failures as a Result instead of rejecting. */
  tryCallTool(name: string, args?: { [key: string]: unknown }): Promise<Result<CallToolResult, McpError>>;
}
