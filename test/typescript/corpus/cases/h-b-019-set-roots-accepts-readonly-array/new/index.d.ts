export interface Root {
  uri: string;
  name?: string;
}

export interface ClientCapabilities {
  roots?: { listChanged?: boolean };
  sampling?: {};
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string }, options?: { capabilities?: ClientCapabilities });
  /** Replaces the roots exposed to the server and sends roots/list_changed. */
  setRoots(roots: readonly Root[]): Promise<void>;
  /** The roots most recently set. */
  getRoots(): Root[];
}
