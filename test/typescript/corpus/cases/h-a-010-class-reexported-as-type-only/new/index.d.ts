export interface StdioServerTransportOptions {
  /** Exit the process when stdin closes. */
  exitOnClose?: boolean;
}
declare class StdioServerTransport {
  constructor(options?: StdioServerTransportOptions);
  start(): Promise<void>;
  close(): Promise<void>;
}
export type { StdioServerTransport };
