export type Algorithm = 'sha1' | 'sha256';
export declare function hash(data: string, algorithm?: Algorithm): string;
export declare function hash(data: Uint8Array, algorithm?: Algorithm): string;
