export declare const defaultTimeoutMs: number;
export declare function withTimeout<T>(p: Promise<T>, ms?: number): Promise<T>;
