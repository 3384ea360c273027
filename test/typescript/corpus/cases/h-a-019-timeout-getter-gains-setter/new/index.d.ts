export declare class Client {
  constructor(info: { name: string; version: string });
  /** Default request timeout in milliseconds. */
  get requestTimeout(): number;
  set requestTimeout(ms: number);
  close(): Promise<void>;
}
