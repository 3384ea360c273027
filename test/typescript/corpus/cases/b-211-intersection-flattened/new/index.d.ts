export interface BaseOptions {
  name: string;
  version: string;
}
export type ServerOptions = BaseOptions & {
  instructions?: string;
  capabilities?: { tools?: boolean; prompts?: boolean };
};
export declare function createServer(options: ServerOptions): { connect(): Promise<void> };
