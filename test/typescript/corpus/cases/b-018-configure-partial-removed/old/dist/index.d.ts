import type { LoggingConfig } from './config.js';
export type { LoggingConfig } from './config.js';
export declare function configure(config: Partial<LoggingConfig>): void;
export declare function log(level: LoggingConfig['level'], message: string): void;
