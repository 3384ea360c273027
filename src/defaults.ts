// The defaults that the configuration and the command line's help both name, in a module of their
// own so that printing help loads nothing else (config.ts loads the validator and the rule registry).

export const CONFIG_PATH = '.github/mcpver.yml';
export const DEFAULT_STATE_BRANCH = 'mcpver/state';
/** How long a server may take to start and answer its list calls before it counts as hung. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
/** OpenRouter's OpenAI-compatible endpoint: the default for the optional advice paragraphs. */
export const DEFAULT_AI_BASE_URL = 'https://openrouter.ai/api/v1';
