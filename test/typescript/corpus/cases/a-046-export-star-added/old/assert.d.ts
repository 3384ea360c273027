export declare function assert(condition: unknown, message?: string): asserts condition;
