export type TransportKind = 'stdio' | 'sse';
export interface ConnectOptions {
  transport: TransportKind;
  url?: string;
}
export declare function connect(options: ConnectOptions): Promise<void>;
