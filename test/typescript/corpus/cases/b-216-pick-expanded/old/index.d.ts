export interface Tool {
  name: string;
  title?: string;
  inputSchema: Record<string, unknown>;
}
export type ToolSummary = Pick<Tool, 'name' | 'title'>;
export declare function listTools(): Promise<ToolSummary[]>;
export declare function getTool(name: string): Promise<Tool | undefined>;
