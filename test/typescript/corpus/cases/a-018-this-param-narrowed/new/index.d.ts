export interface RequestContext { requestId: string }
export interface Logger { info(message: string): void }
export declare function handleRequest(this: RequestContext & { logger: Logger }, path: string): Promise<number>;
