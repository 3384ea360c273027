export interface ReadOptions {
  path: string;
  /** First and last line, 1-based. */
  lines?: [start: number, end: number];
}
export declare function readFileTool(options: ReadOptions): Promise<string>;
