export interface Notification {
  method: string;
  params?: Record<string, unknown>;
}
export declare class Client {
  on(event: 'notification', listener: (notification: Notification) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'close', listener: () => void): this;
  connect(url: string): Promise<void>;
}
