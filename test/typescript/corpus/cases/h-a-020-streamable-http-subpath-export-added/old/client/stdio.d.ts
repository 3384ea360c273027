import type { Transport } from '../index';
export interface StdioServerParameters {
  command: string;
  args?: string[];
}
export declare class StdioClientTransport implements Transport {
  constructor(server: StdioServerParameters);
  start(): Promise<void>;
  close(): Promise<void>;
}
