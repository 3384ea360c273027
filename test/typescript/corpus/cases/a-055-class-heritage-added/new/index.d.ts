export declare class ValidationError extends Error {
  readonly issues: string[];
  constructor(issues: string[]);
}
