export declare function request(url: string, timeoutMs?: number): Promise<string>;
