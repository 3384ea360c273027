export declare class Server<TContext = unknown> {
  constructor(info: { name: string; version: string });
  /** Per-connection context attached by the host application. */
  getContext(): TContext;
  setContext(context: TContext): void;
}
