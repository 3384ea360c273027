export type TransportKind = 'stdio' | 'streamable-http';
export interface ConnectOptions {
  transport: TransportKind;
  url?: string;
  command?: string;
}
export declare function connect(options: ConnectOptions): Promise<void>;
