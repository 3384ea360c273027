export declare const noop: () => void;
export declare const identity: <T>(value: T) => T;
