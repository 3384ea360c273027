export interface PluginOptions { name: string; enabled?: boolean }
export declare class Plugin {
  protected options: PluginOptions;
  constructor(options: PluginOptions);
  apply(target: object): void;
}
