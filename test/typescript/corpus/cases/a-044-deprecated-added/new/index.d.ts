export interface Client { request(path: string): Promise<unknown> }
/**
 * Creates a client.
 * @deprecated Use {@link makeClient} instead; removed in 2.0.
 */
export declare function createClient(baseUrl: string): Client;
/** Creates a client from options. */
export declare function makeClient(options: { baseUrl: string }): Client;
