export interface Token { type: string; value: string; offset: number }
export interface TokenizerOptions { keepWhitespace?: boolean; keepComments?: boolean }
export declare class Tokenizer implements Iterable<Token> {
  constructor(source: string, options?: TokenizerOptions);
  [Symbol.iterator](): Iterator<Token>;
}
