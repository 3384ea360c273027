export type McpErrorCode =
  | 'parse_error'
  | 'invalid_request'
  | 'method_not_found'
  | 'invalid_params'
  | 'internal_error'
  | 'request_timeout'
  | 'connection_closed';

export declare class McpError extends Error {
  readonly code: McpErrorCode;
  readonly data?: unknown;
  constructor(code: McpErrorCode, message: string, data?: unknown);
  /** Maps the code to the numeric JSON-RPC error code. */
  toJSONRPCCode(): number;
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string });
  /** Rejects with McpError. */
  ping(): Promise<void>;
}
