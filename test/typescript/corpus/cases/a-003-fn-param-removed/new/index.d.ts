export declare function retry<T>(task: () => Promise<T>): Promise<T>;
