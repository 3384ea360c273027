export declare function merge<T extends object>(sources: T[]): T;
