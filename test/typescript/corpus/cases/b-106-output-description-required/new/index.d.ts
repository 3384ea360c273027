export interface ToolInfo {
  name: string;
  description: string;
}
export declare function getTool(name: string): Promise<ToolInfo>;
