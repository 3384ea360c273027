export type Algorithm = 'sha1' | 'sha256';
export declare function hash(data: string, algorithm?: Algorithm): string;
