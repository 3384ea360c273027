export interface Headers { [name: string]: string }
export declare function send(url: string, headers: Headers): Promise<Headers>;
