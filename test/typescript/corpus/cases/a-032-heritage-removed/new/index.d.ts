export declare class HttpError {
  readonly status: number;
  readonly message: string;
  constructor(status: number, message: string);
}
