// The edge between Probot and mcpver's handlers: turn a Probot context into the plain
// `{ octokit, repo, payload, log, store, config }` the handlers take, so they stay free of Probot.

import type { Context, Probot } from 'probot';
import { CONFIG_PATH, ConfigError, defaultConfig, parseConfig, validateConfig, type Config } from '../src/config.ts';
import { GitHubStateStore, type OctokitLike } from '../src/state/github-store.ts';
import type { StateStore } from '../src/state/types.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface HandlerDeps {
  octokit: OctokitLike;
  repo: { owner: string; repo: string };
  payload: any;
  log: Logger;
  store: StateStore;
  /** The repository's `.github/mcpver.yml`, validated; a ConfigError when it is not valid. */
  config: Config | ConfigError;
  /** The webhook delivery id (`x-github-delivery`). */
  deliveryId: string;
  /** The state store of another repository of the same installation (migrations record on the provider). */
  storeFor(repo: { owner: string; repo: string }): StateStore;
  /** The App's own login (`<slug>[bot]`), looked up on first use: its comments are matched by it. */
  appLogin: () => Promise<string>;
}

/**
 * Read `.github/mcpver.yml` through Probot's config plugin (default branch only, `_extends` supported)
 * and validate it with the same schema as the Action; no file means the defaults.
 */
export async function loadConfig(context: Pick<Context, 'config'>): Promise<Config | ConfigError> {
  try {
    const raw = await context.config<Record<string, unknown>>('mcpver.yml');
    return raw ? validateConfig(raw, CONFIG_PATH) : defaultConfig();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    // A YAML syntax error surfaces from the plugin as a plain Error: say which file it was.
    return new ConfigError(`${CONFIG_PATH}: ${(error as Error).message}`);
  }
}

export function stateStore(
  octokit: OctokitLike,
  repo: { owner: string; repo: string },
  config: Config | ConfigError,
  actor: string,
): StateStore {
  const branch = config instanceof ConfigError ? undefined : config.state.branch;
  return new GitHubStateStore({ octokit, ...repo, ...(branch ? { branch } : {}), defaultActor: actor });
}

export async function handlerDeps(context: Context, appLogin: () => Promise<string>): Promise<HandlerDeps> {
  const repo = context.repo();
  const config = await loadConfig(context);
  const octokit = context.octokit as unknown as OctokitLike;
  const log: Logger = {
    info: (message) => context.log.info(message),
    warn: (message) => context.log.warn(message),
    error: (message) => context.log.error(message),
  };
  return {
    octokit,
    repo,
    payload: context.payload,
    log,
    store: stateStore(octokit, repo, config, 'mcpver[bot]'),
    config,
    deliveryId: context.id,
    storeFor: (other) => stateStore(octokit, other, defaultConfig(), 'mcpver[bot]'),
    appLogin,
  };
}

/** The state store of any repository the App is installed on (for the HTTP routes, which have no webhook context). */
export async function storeForRepository(app: Probot, owner: string, repo: string): Promise<StateStore | null> {
  const appOctokit = await app.auth();
  try {
    const { data } = await appOctokit.request('GET /repos/{owner}/{repo}/installation', { owner, repo });
    const octokit = (await app.auth(data.id)) as unknown as OctokitLike;
    let config: Config | ConfigError = defaultConfig();
    try {
      const { data: text } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner,
        repo,
        path: CONFIG_PATH,
        mediaType: { format: 'raw' },
      });
      config = parseConfig(String(text));
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
    return stateStore(octokit, { owner, repo }, config, 'mcpver[bot]');
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
