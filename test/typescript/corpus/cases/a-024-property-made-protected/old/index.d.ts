export interface PluginOptions { name: string; enabled?: boolean }
export declare class Plugin {
  options: PluginOptions;
  constructor(options: PluginOptions);
  apply(target: object): void;
}
