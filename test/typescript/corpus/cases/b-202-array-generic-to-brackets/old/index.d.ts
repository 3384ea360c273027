export interface ToolInfo {
  name: string;
  tags: Array<string>;
}
export interface Catalog {
  tools: Array<ToolInfo>;
  aliases: ReadonlyArray<[string, string]>;
}
export declare function loadCatalog(paths: Array<string>): Promise<Catalog>;
