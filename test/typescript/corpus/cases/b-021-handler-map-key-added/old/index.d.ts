export type NotificationMethod = 'notifications/initialized' | 'notifications/cancelled';
export type NotificationHandlers = {
  [M in NotificationMethod]: (params: Record<string, unknown>) => void;
};
export declare function setNotificationHandlers(handlers: NotificationHandlers): void;
