export declare function notify(method: string, params?: unknown): Promise<void>;
