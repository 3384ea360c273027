export interface Tool {
  name: string;
  inputSchema: {
    type: 'object';
    properties?: Record<string, object>;
    required?: readonly string[];
  };
}
export interface ListToolsResult {
  tools: Tool[];
  nextCursor?: string;
}
/** Flattens paginated results into a single list. */
export declare function flattenPages<T>(pages: (readonly T[])[]): T[];
