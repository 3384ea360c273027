export declare function parse(code: number): boolean;
export declare function parse(text: string): string[];
