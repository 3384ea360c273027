export interface ClientOptions {
  name: string;
  timeout?: number | undefined;
  userAgent?: string | undefined;
}
export declare function createClient(options: ClientOptions): { close(): void };
