export type Capabilities = {
  [K in 'tools' | 'prompts' | 'resources']?: boolean;
};
export declare function declareCapabilities(capabilities: Capabilities): void;
