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

/** Maps each paginated list method to its result type. */
export interface ListMethods {
  'tools/list': ListToolsResult;
  'prompts/list': ListPromptsResult;
  'resources/list': ListResourcesResult;
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string });
  request<M extends keyof ListMethods>(
    method: M,
    params?: PaginatedParams,
    options?: RequestOptions,
  ): Promise<ListMethods[M]>;
}
