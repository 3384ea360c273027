export declare function send(channel: string, msg: string): Promise<boolean>;
