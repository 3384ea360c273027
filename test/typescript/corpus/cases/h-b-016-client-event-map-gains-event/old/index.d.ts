export type LoggingLevel = 'debug' | 'info' | 'warning' | 'error';

export interface LogMessage {
  level: LoggingLevel;
  logger?: string;
  data: unknown;
}

/** Events emitted by Client, keyed by event name. */
export interface ClientEvents {
  close: { reason?: string };
  error: Error;
  log: LogMessage;
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string });
  /** Subscribes to an event; returns an unsubscribe function. */
  on<K extends keyof ClientEvents>(event: K, listener: (payload: ClientEvents[K]) => void): () => void;
  listTools(params?: { cursor?: string }): Promise<{ tools: { name: string }[]; nextCursor?: string }>;
}
