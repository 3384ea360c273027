export declare function fetchWithRetry(url: string, attempts?: number): Promise<string>;
