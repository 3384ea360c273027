export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed';
export interface Client {
  readonly state: ConnectionState;
  onStateChange(listener: (state: ConnectionState) => void): () => void;
  close(): Promise<void>;
}
export declare function createClient(url: string): Client;
