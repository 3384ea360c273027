export declare function resolvePath(input: string | URL, base?: string): string;
