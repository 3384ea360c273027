export interface RpcServer { listen(port: number): Promise<void>; close(): Promise<void> }
export declare function createServer(handlers: Record<string, (params: unknown) => unknown>): RpcServer;
