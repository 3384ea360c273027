export declare function serialize<T extends object>(value: T, pretty?: boolean): string;
