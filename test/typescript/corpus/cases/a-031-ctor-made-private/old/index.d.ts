export declare class Logger {
  constructor(name: string);
  info(message: string): void;
}
