export declare class Server {
  constructor(port?: number);
  get port(): number;
  set port(value: number);
  listen(): Promise<void>;
}
