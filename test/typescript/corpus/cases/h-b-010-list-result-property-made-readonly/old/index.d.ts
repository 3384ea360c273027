export interface Tool {
  name: string;
  description?: string;
  inputSchema: { type: 'object'; properties?: { [key: string]: object } };
}
export interface ListToolsResult {
  tools: Tool[];
  /** Pass to the next listTools call to get the following page. */
  nextCursor?: string;
}
export interface PaginatedParams {
  cursor?: string;
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string });
  listTools(params?: PaginatedParams): Promise<ListToolsResult>;
}
