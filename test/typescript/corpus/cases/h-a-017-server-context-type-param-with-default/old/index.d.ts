export declare class Server {
  constructor(info: { name: string; version: string });
  /** Per-connection context attached by the host application. */
  getContext(): unknown;
  setContext(context: unknown): void;
}
