export type Limits = Record<"read" | "write", number>;
export declare function limits(): Limits;
export declare function setLimits(limits: Limits): void;
