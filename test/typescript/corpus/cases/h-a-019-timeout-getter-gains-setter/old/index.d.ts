export declare class Client {
  constructor(info: { name: string; version: string });
  /** Default request timeout in milliseconds. */
  get requestTimeout(): number;
  close(): Promise<void>;
}
