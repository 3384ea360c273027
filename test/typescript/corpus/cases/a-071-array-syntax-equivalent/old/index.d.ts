export interface Tag { name: string; color?: string }
export declare function tagNames(tags: readonly Tag[]): string[];
export declare function defaultTags(): Tag[];
