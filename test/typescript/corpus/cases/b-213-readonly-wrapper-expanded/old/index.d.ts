export type ServerInfo = Readonly<{
  name: string;
  version: string;
  title?: string;
}>;
export declare function getServerInfo(): ServerInfo;
