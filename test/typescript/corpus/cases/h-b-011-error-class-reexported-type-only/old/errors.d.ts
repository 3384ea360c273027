export type ErrorCode = 'invalid_params' | 'internal_error' | 'request_timeout' | 'connection_closed';

export declare class McpError extends Error {
  readonly code: ErrorCode;
  readonly data?: unknown;
  constructor(code: ErrorCode, message: string, data?: unknown);
}
