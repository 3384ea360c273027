export interface ToolInfo {
  name: string;
  description?: string;
}
export interface ListToolsResult {
  tools: ToolInfo[];
  /** Pass to the next listTools call; null on the last page. */
  nextCursor: string | null;
}
export declare function listTools(serverUrl: string): Promise<ListToolsResult>;
