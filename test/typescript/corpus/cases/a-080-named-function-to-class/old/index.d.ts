export interface ParserOptions { strict?: boolean }
export interface Parser { parse(text: string): unknown }
export declare function createParser(options?: ParserOptions): Parser;
