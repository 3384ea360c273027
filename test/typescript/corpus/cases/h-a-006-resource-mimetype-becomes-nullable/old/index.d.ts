export interface TextResourceContents {
  uri: string;
  mimeType: string;
  text: string;
}
export interface ReadResourceResult {
  contents: TextResourceContents[];
}
export declare function readResource(uri: string): Promise<ReadResourceResult>;
