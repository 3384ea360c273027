export declare let defaultTimeoutMs: number;
export declare function withTimeout<T>(p: Promise<T>, ms?: number): Promise<T>;
