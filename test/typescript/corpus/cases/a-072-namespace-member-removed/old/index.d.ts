export declare namespace Validators {
  function email(value: string): boolean;
  function uuid(value: string): boolean;
  const version: string;
}
