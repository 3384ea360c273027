export interface BaseOptions {
  name: string;
  version: string;
}
export interface TransportOptions {
  transport: 'stdio' | 'http';
  port?: number;
}
export type ServerOptions = BaseOptions & TransportOptions & {
  instructions?: string;
};
export declare function startServer(options: ServerOptions): Promise<void>;
