export type LoggingLevel = 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'critical';

export declare class McpServer {
  #private;
  constructor(info: { name: string; version: string });
  /** Sends notifications/message to connected clients; `data` is serialized with JSON.stringify. */
  log(level: LoggingLevel, data: any, logger?: string): Promise<void>;
  tool(name: string, handler: (args: { [key: string]: unknown }) => Promise<{ content: { type: 'text'; text: string }[] }>): void;
}

export declare function createServer(info: { name: string; version: string }): McpServer;
