export declare class Parser {
  fromFile(path: string): Promise<Parser>;
  parse(): object;
}
