export interface Session {
  readonly id: string;
  close(reason?: string | undefined): Promise<void>;
  ping(timeoutMs?: number | undefined): Promise<number>;
}
export declare function openSession(url: string, protocolVersion?: string | undefined): Promise<Session>;
