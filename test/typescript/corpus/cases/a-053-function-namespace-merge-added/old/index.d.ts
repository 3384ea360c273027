export declare function debug(namespace: string): (message: string, ...args: unknown[]) => void;
