export type RequestOptions = {
  timeout?: number;
  resetTimeoutOnProgress?: boolean;
} & {
  maxTotalTimeout?: number;
};
export type ClientInfo = { name: string } & { version: string } & { title?: string };
export interface ClientHandle {
  close(): Promise<void>;
}
export declare function createClient(info: ClientInfo, options?: RequestOptions): ClientHandle;
