export declare class Session {
  readonly id: string;
  readonly userId: string | null;
  constructor(id: string);
}
