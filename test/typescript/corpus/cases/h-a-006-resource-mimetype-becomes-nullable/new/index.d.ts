export interface TextResourceContents {
  uri: string;
  /** `null` when the server did not declare a MIME type. */
  mimeType: string | null;
  text: string;
}
export interface ReadResourceResult {
  contents: TextResourceContents[];
}
export declare function readResource(uri: string): Promise<ReadResourceResult>;
