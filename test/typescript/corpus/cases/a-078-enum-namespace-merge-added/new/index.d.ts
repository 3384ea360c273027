export declare enum LogLevel {
  Debug = "debug",
  Info = "info",
  Error = "error"
}
export declare namespace LogLevel {
  function parse(text: string): LogLevel | undefined;
}
export declare function log(level: LogLevel, message: string): void;
