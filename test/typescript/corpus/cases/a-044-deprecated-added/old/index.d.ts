export interface Client { request(path: string): Promise<unknown> }
/** Creates a client. */
export declare function createClient(baseUrl: string): Client;
/** Creates a client from options. */
export declare function makeClient(options: { baseUrl: string }): Client;
