export interface ParserOptions { strict?: boolean }
export interface Parser { parse(text: string): unknown }
export declare class createParser implements Parser {
  constructor(options?: ParserOptions);
  parse(text: string): unknown;
}
