export interface Transport { send(frame: Uint8Array): Promise<void> }
export declare function tcpTransport(host: string, port: number): Transport;
