export interface ToolInfo {
  name: string;
  description?: string;
}
export interface ListToolsResult {
  tools: ToolInfo[];
}
export declare function listTools(serverUrl: string): Promise<ListToolsResult>;
