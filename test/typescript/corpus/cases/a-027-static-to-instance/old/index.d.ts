export declare class Parser {
  static fromFile(path: string): Promise<Parser>;
  parse(): object;
}
