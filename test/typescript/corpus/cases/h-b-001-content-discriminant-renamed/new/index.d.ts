export interface TextContent {
  type: 'text';
  text: string;
}
export interface ImageContent {
  type: 'image';
  /** base64-encoded image bytes */
  data: string;
  mimeType: string;
}
export interface ResourceContent {
  type: 'embedded_resource';
  resource: { uri: string; mimeType?: string; text?: string };
}
export type Content = TextContent | ImageContent | ResourceContent;

export interface CallToolResult {
  content: Content[];
  isError?: boolean;
}

export interface ObjectSchema {
  type: 'object';
  properties: { [name: string]: { type: string; description?: string } };
  required?: string[];
}

export interface McpServer {
  tool(
    name: string,
    inputSchema: ObjectSchema,
    handler: (args: Record<string, unknown>) => CallToolResult | Promise<CallToolResult>,
  ): void;
  listen(port?: number): Promise<void>;
}

export interface ServerOptions {
  name: string;
  version: string;
  instructions?: string;
}

export declare function createServer(options: ServerOptions): McpServer;
