export interface LoggingConfig {
  level: 'debug' | 'info' | 'error';
  destination: 'stderr' | 'notification';
}
export declare function configure(config: Partial<LoggingConfig>): void;
