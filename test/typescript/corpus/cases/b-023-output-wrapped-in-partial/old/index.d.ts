export interface ServerConfig {
  name: string;
  port: number;
  logLevel: 'debug' | 'info' | 'error';
}
export declare function getConfig(): ServerConfig;
