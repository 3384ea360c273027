export declare function retry<T>(task: () => Promise<T>, attempts: number): Promise<T>;
