export interface Token { type: string; value: string; offset: number }
export declare class Tokenizer implements Iterable<Token> {
  constructor(source: string);
  [Symbol.iterator](): Iterator<Token>;
}
