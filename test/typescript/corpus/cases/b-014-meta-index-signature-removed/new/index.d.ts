export interface ResourceMeta {
  author?: string;
  license?: string;
}
export interface RegisterOptions {
  uri: string;
  mimeType?: string;
  meta?: ResourceMeta;
}
export declare function registerResource(options: RegisterOptions, read: () => Promise<string>): void;
