export interface Options { name: string; retries?: number }
export declare function connect(url: string, options?: Options): Promise<void>;
