export declare function parseJson<T = unknown>(text: string): T;
