export interface LoggingConfig {
  level: 'debug' | 'info' | 'warning' | 'error';
  destination: 'stderr' | 'notification';
  includeTimestamps: boolean;
}
