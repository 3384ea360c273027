export interface StdioConfig {
  kind: 'stdio';
  command: string;
  args?: string[];
}
export interface HttpConfig {
  kind: 'http';
  url: string;
  headers?: Record<string, string>;
}
export interface WebSocketConfig {
  kind: 'websocket';
  url: string;
}
export type TransportConfig = StdioConfig | HttpConfig | WebSocketConfig;
