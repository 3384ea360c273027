export declare function send(channel: string, message: string): Promise<boolean>;
