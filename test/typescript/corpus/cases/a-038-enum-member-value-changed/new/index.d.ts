export declare enum StatusCode {
  Ok = 200,
  NotFound = 4040,
  ServerError = 500
}
export declare function statusOf(error: unknown): StatusCode;
