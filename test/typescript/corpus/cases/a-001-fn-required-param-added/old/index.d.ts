export interface Ast { kind: string; children: Ast[] }
export interface ParseOptions { strict: boolean }
export declare function parse(source: string): Ast;
