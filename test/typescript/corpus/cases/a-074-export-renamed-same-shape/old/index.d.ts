export interface Logger { info(msg: string): void; error(msg: string, err?: unknown): void }
export declare function createLogger(name: string, level?: 'info' | 'error'): Logger;
