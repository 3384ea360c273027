export interface Resource {
  uri: string;
  name: string;
  mimeType?: string;
}
export interface ResourceContents {
  uri: string;
  text: string;
}
export interface ResourceTemplate {
  uriTemplate: string;
  name: string;
}
/** Extend this class to expose a family of resources under one URI scheme. */
export declare abstract class ResourceProvider {
  constructor(scheme: string);
  readonly scheme: string;
  abstract list(): Promise<Resource[]>;
  abstract read(uri: string): Promise<ResourceContents>;
  abstract listTemplates(): Promise<ResourceTemplate[]>;
}
