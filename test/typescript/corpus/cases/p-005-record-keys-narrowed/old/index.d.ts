export type Limits = Record<string, number>;
export declare function limits(): Limits;
export declare function setLimits(limits: Limits): void;
