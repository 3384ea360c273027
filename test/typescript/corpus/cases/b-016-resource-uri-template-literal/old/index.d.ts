export interface ResourceContents {
  uri: string;
  mimeType?: string;
  text?: string;
}
export declare function readResource(uri: string): Promise<ResourceContents[]>;
