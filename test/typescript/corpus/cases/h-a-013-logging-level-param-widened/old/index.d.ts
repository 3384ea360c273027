export declare class McpServer {
  constructor(info: { name: string; version: string });
  /** Sends a `notifications/message` log entry to the connected client. */
  sendLoggingMessage(level: 'debug' | 'info' | 'error', data: unknown, logger?: string): Promise<void>;
}
