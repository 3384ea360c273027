export type TransportKind = 'stdio' | 'sse' | 'streamable-http';
export interface ConnectOptions {
  transport: TransportKind;
  url?: string;
}
export declare function connect(options: ConnectOptions): Promise<void>;
