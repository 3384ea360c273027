export interface ReadOptions {
  path: string;
  /** First and last line, 1-based, and how many lines of context around them. */
  lines?: [start: number, end: number, context: number];
}
export declare function readFileTool(options: ReadOptions): Promise<string>;
