interface ToolAnnotations {
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
}
export interface ToolDefinition {
  name: string;
  description?: string;
  annotations?: ToolAnnotations;
}
export declare function registerTool(tool: ToolDefinition, handler: (args: unknown) => Promise<string>): void;
export {};
