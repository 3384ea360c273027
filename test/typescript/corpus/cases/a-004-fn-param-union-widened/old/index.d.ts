export declare function setLogLevel(level: 'debug' | 'info' | 'warn' | 'error'): void;
