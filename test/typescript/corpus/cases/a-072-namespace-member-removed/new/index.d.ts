export declare namespace Validators {
  function email(value: string): boolean;
  const version: string;
}
