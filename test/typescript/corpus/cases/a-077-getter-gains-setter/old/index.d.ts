export declare class Server {
  constructor(port?: number);
  get port(): number;
  listen(): Promise<void>;
}
