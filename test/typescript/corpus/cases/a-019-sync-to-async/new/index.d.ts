export interface Manifest { name: string; version: string }
export declare function readManifest(dir: string): Promise<Manifest>;
