export type ResourceUri = `${string}://${string}`;
export interface ResourceContents {
  uri: ResourceUri;
  text?: string;
}
/** Relative paths are resolved against the server's root. */
export declare function readResource(uri: string): Promise<ResourceContents[]>;
