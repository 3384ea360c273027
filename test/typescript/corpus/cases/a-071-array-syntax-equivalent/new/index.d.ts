export interface Tag { name: string; color?: string }
export declare function tagNames(tags: ReadonlyArray<Tag>): Array<string>;
export declare function defaultTags(): Array<Tag>;
