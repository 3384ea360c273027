export type Headers = Record<string, string>;
export declare function send(url: string, headers: Headers): Promise<Headers>;
