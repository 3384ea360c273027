export interface BaseOptions {
  name: string;
  version: string;
}
export type ServerOptions = BaseOptions & {
  instructions?: string;
};
export declare function startServer(options: ServerOptions): Promise<void>;
