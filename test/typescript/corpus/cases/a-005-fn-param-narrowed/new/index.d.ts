export declare function resolvePath(input: string, base?: string): string;
