export declare class Session {
  readonly id: string;
  userId: string | null;
  constructor(id: string);
}
