export interface RequestContext { requestId: string }
export declare function handleRequest(this: RequestContext, path: string): Promise<number>;
