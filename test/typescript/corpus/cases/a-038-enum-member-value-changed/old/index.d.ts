export declare enum StatusCode {
  Ok = 200,
  NotFound = 404,
  ServerError = 500
}
export declare function statusOf(error: unknown): StatusCode;
