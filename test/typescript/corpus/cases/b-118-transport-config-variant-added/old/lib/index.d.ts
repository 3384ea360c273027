import type { TransportConfig } from './transports';
export type { StdioConfig, HttpConfig, TransportConfig } from './transports';
export interface Connection {
  close(): Promise<void>;
}
export declare function connect(config: TransportConfig): Promise<Connection>;
