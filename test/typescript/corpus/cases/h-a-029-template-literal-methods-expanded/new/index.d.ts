export type ListMethod = 'prompts/list' | 'resources/list' | 'tools/list';
export type ListChangedNotification =
  | 'notifications/tools/list_changed'
  | 'notifications/prompts/list_changed'
  | 'notifications/resources/list_changed';
export interface Client {
  list(method: ListMethod, cursor?: string): Promise<{ items: unknown[]; nextCursor?: string }>;
  on(notification: ListChangedNotification, listener: () => void): void;
}
export declare function connect(url: string): Promise<Client>;
