export type ResourceUri = `${string}://${string}`;
export interface ResourceContents {
  uri: ResourceUri;
  text?: string;
}
export declare function readResource(uri: ResourceUri): Promise<ResourceContents[]>;
