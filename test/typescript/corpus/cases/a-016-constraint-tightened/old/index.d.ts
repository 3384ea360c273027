export declare function serialize<T>(value: T, pretty?: boolean): string;
