export interface ToolInfo {
  name: string;
  readonly description: string;
}
export declare function getTool(name: string): Promise<ToolInfo>;
