export declare function noop(): void;
export declare function identity<T>(value: T): T;
