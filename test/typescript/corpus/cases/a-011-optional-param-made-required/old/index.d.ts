export interface ConnectOptions { timeoutMs?: number }
export interface Connection { close(): Promise<void> }
export declare function connect(url: string, options?: ConnectOptions): Promise<Connection>;
