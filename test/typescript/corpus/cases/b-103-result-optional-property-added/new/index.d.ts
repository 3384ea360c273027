export interface CallToolResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
  /** The tool's JSON result when it declares an output schema. */
  structuredContent?: Record<string, unknown>;
}
export declare class Client {
  constructor(url: string);
  callTool(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
}
