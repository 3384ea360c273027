export type ListMethod = `${'tools' | 'prompts' | 'resources'}/list`;
export type ListChangedNotification = `notifications/${'tools' | 'prompts' | 'resources'}/list_changed`;
export interface Client {
  list(method: ListMethod, cursor?: string): Promise<{ items: unknown[]; nextCursor?: string }>;
  on(notification: ListChangedNotification, listener: () => void): void;
}
export declare function connect(url: string): Promise<Client>;
