export declare class Credentials {
  constructor(accessKey: string, secret: string);
  readonly accessKey: string;
  /** Reads ACCESS_KEY and SECRET from the environment. */
  static fromEnv(): Credentials;
}
