export type Content = { type: 'text'; text: string } | { type: 'image'; data: string; mimeType: string };

export interface CallToolResult {
  /** Reserved for protocol-level metadata. */
  _meta?: { [key: string]: unknown };
  content: Content[];
  structuredContent?: { [key: string]: unknown };
  isError?: boolean;
}

export interface ReadResourceResult {
  /** Reserved for protocol-level metadata. */
  _meta?: { [key: string]: unknown };
  contents: { uri: string; mimeType?: string; text?: string; blob?: string }[];
}

export interface McpServer {
  tool(name: string, handler: (args: { [key: string]: unknown }) => Promise<CallToolResult>): void;
  resource(uri: string, reader: (uri: URL) => Promise<ReadResourceResult>): void;
}
export declare function createServer(info: { name: string; version: string }): McpServer;

export declare class Client {
  constructor(info: { name: string; version: string });
  callTool(params: { name: string; arguments?: { [key: string]: unknown } }): Promise<CallToolResult>;
  readResource(params: { uri: string }): Promise<ReadResourceResult>;
}
