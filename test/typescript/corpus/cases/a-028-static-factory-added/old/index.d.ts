export declare class Credentials {
  constructor(accessKey: string, secret: string);
  readonly accessKey: string;
}
