export interface ResourceMeta {
  author?: string;
  license?: string;
  [key: string]: string | undefined;
}
export interface RegisterOptions {
  uri: string;
  meta?: ResourceMeta;
}
export declare function registerResource(options: RegisterOptions, read: () => Promise<string>): void;
