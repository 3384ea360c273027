export interface Tool {
  name: string;
  inputSchema: {
    type: 'object';
    properties?: Record<string, object>;
    required?: ReadonlyArray<string>;
  };
}
export interface ListToolsResult {
  tools: Array<Tool>;
  nextCursor?: string;
}
/** Flattens paginated results into a single list. */
export declare function flattenPages<T>(pages: Array<ReadonlyArray<T>>): Array<T>;
