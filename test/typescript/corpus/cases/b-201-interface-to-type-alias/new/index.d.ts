export type ServerOptions = {
  name: string;
  version: string;
  instructions?: string;
};
export declare function createServer(options: ServerOptions): { connect(): Promise<void> };
