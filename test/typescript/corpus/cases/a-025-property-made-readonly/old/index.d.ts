export declare class Agent {
  timeout: number;
  keepAlive: boolean;
  constructor(options?: { timeout?: number; keepAlive?: boolean });
}
