export interface Session {
  readonly id: string;
  close(reason?: string): Promise<void>;
  ping(timeoutMs?: number): Promise<number>;
}
export declare function openSession(url: string, protocolVersion?: string): Promise<Session>;
