export interface ToolDefinition {
  name: string;
  description?: string;
  annotations?: {
    readOnlyHint?: boolean;
    destructiveHint?: boolean;
    idempotentHint?: boolean;
  };
}
export declare function registerTool(tool: ToolDefinition, handler: (args: unknown) => Promise<string>): void;
export {};
