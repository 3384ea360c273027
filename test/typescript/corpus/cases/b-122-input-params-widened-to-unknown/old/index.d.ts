export declare function notify(method: string, params?: Record<string, unknown>): Promise<void>;
