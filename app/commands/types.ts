// The shape of mcpver's own slash commands (rollback, migrate): what they are given and what they
// answer. The command framework turns the answer into a reaction and a reply.

import type { Config } from '../../src/config.ts';
import type { OctokitLike } from '../../src/state/github-store.ts';
import type { StateStore } from '../../src/state/types.ts';
import type { Report } from '../../src/compat/report.ts';

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
  log: { info(message: string): void; warn(message: string): void };
  now?: () => Date;
  advise?: (report: Report, dependent: string) => Promise<string | null>;
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
