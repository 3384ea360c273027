export type Capabilities = {
  tools?: boolean;
  prompts?: boolean;
  resources?: boolean;
};
export declare function declareCapabilities(capabilities: Capabilities): void;
