export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export interface Route { method: Method; path: string; handler: (params: Record<string, string>) => unknown }
