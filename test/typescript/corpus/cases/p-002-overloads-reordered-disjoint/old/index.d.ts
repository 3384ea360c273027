export declare function parse(text: string): string[];
export declare function parse(code: number): boolean;
