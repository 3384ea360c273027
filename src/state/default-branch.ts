// The state branch's default name, in a module of its own so that what must start fast (the A/B
// proxy) can name it without loading the configuration's validator.

export const DEFAULT_STATE_BRANCH = 'mcpver/state';
