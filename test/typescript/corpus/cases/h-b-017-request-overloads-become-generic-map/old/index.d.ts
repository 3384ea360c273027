export interface PaginatedParams {
  cursor?: string;
}
export interface ListToolsResult {
  tools: { name: string; description?: string }[];
  nextCursor?: string;
}
export interface ListPromptsResult {
  prompts: { name: string; description?: string }[];
  nextCursor?: string;
}
export interface ListResourcesResult {
  resources: { uri: string; name: string; mimeType?: string }[];
  nextCursor?: string;
}
export interface RequestOptions {
  signal?: AbortSignal;
  timeout?: number;
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string });
  request(method: 'tools/list', params?: PaginatedParams, options?: RequestOptions): Promise<ListToolsResult>;
  request(method: 'prompts/list', params?: PaginatedParams, options?: RequestOptions): Promise<ListPromptsResult>;
  request(
    method: 'resources/list',
    params?: PaginatedParams,
    options?: RequestOptions,
  ): Promise<ListResourcesResult>;
}
