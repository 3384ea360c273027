import type { Transport } from '../index';
export declare class StdioServerTransport implements Transport {
  start(): Promise<void>;
  close(): Promise<void>;
}
