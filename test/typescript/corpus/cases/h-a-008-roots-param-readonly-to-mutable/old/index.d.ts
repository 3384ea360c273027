export interface Root {
  uri: string;
  name?: string;
}
export declare class Client {
  constructor(info: { name: string; version: string });
  /** Replaces the set of roots advertised to the server. */
  setRoots(roots: readonly Root[]): Promise<void>;
}
