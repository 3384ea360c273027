export declare class Agent {
  readonly timeout: number;
  keepAlive: boolean;
  constructor(options?: { timeout?: number; keepAlive?: boolean });
}
