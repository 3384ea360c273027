export interface ServerConfig {
  name: string;
  port: number;
  logLevel: 'debug' | 'info' | 'error';
}
/** Only the settings that were configured explicitly. */
export declare function getConfig(): Partial<ServerConfig>;
