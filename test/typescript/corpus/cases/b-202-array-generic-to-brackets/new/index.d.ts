export interface ToolInfo {
  name: string;
  tags: string[];
}
export interface Catalog {
  tools: ToolInfo[];
  aliases: readonly [string, string][];
}
export declare function loadCatalog(paths: string[]): Promise<Catalog>;
