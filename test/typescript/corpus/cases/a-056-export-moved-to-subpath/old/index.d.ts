export interface Transport { send(frame: Uint8Array): Promise<void> }
export declare function tcpTransport(host: string, port: number): Transport;
export declare function mockTransport(): Transport & { sent: Uint8Array[] };
