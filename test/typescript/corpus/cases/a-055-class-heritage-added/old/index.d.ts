export declare class ValidationError {
  readonly message: string;
  readonly issues: string[];
  constructor(issues: string[]);
}
