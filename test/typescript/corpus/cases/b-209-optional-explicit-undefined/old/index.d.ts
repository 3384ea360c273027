export interface ClientOptions {
  name: string;
  timeout?: number;
  userAgent?: string;
}
export declare function createClient(options: ClientOptions): { close(): void };
