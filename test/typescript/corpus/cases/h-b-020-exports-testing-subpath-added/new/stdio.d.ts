import type { JSONRPCMessage, Transport } from './index';

export interface StdioServerParameters {
  command: string;
  args?: string[];
  env?: { [key: string]: string };
  cwd?: string;
}

/** Spawns a server process and talks to it over stdin/stdout. */
export declare class StdioClientTransport implements Transport {
  constructor(server: StdioServerParameters);
  start(): Promise<void>;
  send(message: JSONRPCMessage): Promise<void>;
  close(): Promise<void>;
  onmessage?: (message: JSONRPCMessage) => void;
  onclose?: () => void;
  onerror?: (error: Error) => void;
  readonly pid: number | null;
}
