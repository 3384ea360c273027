export interface Options { name: string; retries?: number; timeout?: number }
export declare function connect(url: string | URL, options?: Options): Promise<void>;
