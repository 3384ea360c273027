export interface ServerInfo {
  name: string;
  version?: string;
  protocolVersion: string;
}
export interface Connection {
  getServerInfo(): ServerInfo;
  close(): void;
}
export declare function connect(command: string, args?: string[]): Promise<Connection>;
