export declare function setLogLevel(level: 'trace' | 'debug' | 'info' | 'warn' | 'error'): void;
