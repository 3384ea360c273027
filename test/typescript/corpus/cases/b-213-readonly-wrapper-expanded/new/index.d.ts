export type ServerInfo = {
  readonly name: string;
  readonly version: string;
  readonly title?: string;
};
export declare function getServerInfo(): ServerInfo;
