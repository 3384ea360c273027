export interface Client {
  close(): Promise<void>;
}
export declare function createClient(url: string): Client;
/** Registers a handler for server notifications that have no dedicated handler; returns an unsubscribe function. */
export declare function onNotification(
  client: Client,
  handler: (notification: { method: string; params?: Record<string, unknown> }) => void,
): () => void;
