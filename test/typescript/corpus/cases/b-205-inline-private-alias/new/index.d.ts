export interface LogMessage {
  level: 'debug' | 'info' | 'warning' | 'error';
  logger?: string;
  data: unknown;
}
export declare function setLevel(level: 'debug' | 'info' | 'warning' | 'error'): void;
export declare function onLog(listener: (message: LogMessage) => void): () => void;
export {};
