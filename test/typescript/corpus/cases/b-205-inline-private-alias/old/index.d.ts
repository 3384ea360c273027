declare type LogLevel = 'debug' | 'info' | 'warning' | 'error';
export interface LogMessage {
  level: LogLevel;
  logger?: string;
  data: unknown;
}
export declare function setLevel(level: LogLevel): void;
export declare function onLog(listener: (message: LogMessage) => void): () => void;
export {};
