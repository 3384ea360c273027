export declare enum LogLevel {
  Debug = "debug",
  Info = "info",
  Error = "error"
}
export declare function log(level: LogLevel, message: string): void;
