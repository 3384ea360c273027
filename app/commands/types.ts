// The shape of mcpver's slash commands (help, check, rollback, migrate, ab): what they are given and
// what they answer. The command framework (dispatch.ts) turns the answer into a reaction and a reply;
// a new command is one file exporting a SlashCommand, listed once in registry.ts.

import type { Config } from '../../src/config.ts';
import type { OctokitLike } from '../../src/state/github-store.ts';
import type { StateStore } from '../../src/state/types.ts';

export interface SlashCommandContext {
  octokit: OctokitLike;
  repo: { owner: string; repo: string };
  store: StateStore;
  config: Config;
  /** The commenter (already checked for write access by the framework). */
  actor: string;
  /** The words after `/mcpver <name>` on the first line. */
  args: string[];
  /** The issue or pull request the comment is on. */
  issueNumber: number;
  /** Whether that is a pull request. */
  isPullRequest?: boolean;
  /** The webhook delivery that carried the command, for audit lines. */
  deliveryId?: string;
  log: { info(message: string): void; warn(message: string): void };
  now?: () => Date;
  /** The App's own login (`<slug>[bot]`): only its own comments are ever edited. */
  appLogin: () => Promise<string>;
}

export interface SlashCommandResult {
  /** 🚀 when true, 😕 when false. */
  ok: boolean;
  reply: string;
}

export interface SlashCommand {
  name: string;
  usage: string;
  summary: string;
  run(ctx: SlashCommandContext): Promise<SlashCommandResult>;
}
