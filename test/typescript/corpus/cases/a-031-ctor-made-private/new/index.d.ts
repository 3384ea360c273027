export declare class Logger {
  private constructor();
  static create(name: string): Logger;
  info(message: string): void;
}
