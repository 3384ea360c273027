export declare enum LoggingLevel {
  Debug = "debug",
  Info = "info",
  Warning = "warning",
  Error = "error"
}

export interface LoggingMessageParams {
  level: LoggingLevel;
  /** Name of the logger issuing this message. */
  logger?: string;
  data: unknown;
}

export interface McpServer {
  /** Sends notifications/message to the client if `level` passes the client's threshold. */
  sendLoggingMessage(params: LoggingMessageParams): Promise<void>;
  /** Minimum level forwarded to clients until a client calls logging/setLevel. */
  setDefaultLoggingLevel(level: LoggingLevel): void;
}

export declare function createServer(info: { name: string; version: string }): McpServer;
