export declare function isString(value: unknown): value is string;
export declare function isRecord(value: unknown): value is Record<string, unknown>;
