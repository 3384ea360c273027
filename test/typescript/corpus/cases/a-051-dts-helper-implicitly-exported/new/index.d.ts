interface RetryPolicy { attempts: number; backoffMs: number }
export declare function fetchWithRetry(url: string, policy?: number | RetryPolicy): Promise<string>;
