export interface ToolAnnotations {
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  openWorldHint?: boolean;
}
export interface Tool {
  name: string;
  title?: string;
  description?: string;
  annotations?: ToolAnnotations;
}
export type ToolUpdate = {
  title?: string;
  description?: string;
  annotations?: ToolAnnotations;
};
export interface RegisteredTool {
  readonly name: string;
  update(changes: ToolUpdate): void;
  remove(): void;
}
export declare function getRegisteredTool(name: string): RegisteredTool | undefined;
