export interface Tool {
  name: string;
  title?: string;
  inputSchema: Record<string, unknown>;
}
export interface ToolSummary {
  name: string;
  title?: string;
}
export declare function listTools(): Promise<ToolSummary[]>;
export declare function getTool(name: string): Promise<Tool | undefined>;
