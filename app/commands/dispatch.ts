// The slash command framework: `/mcpver <sub> [args]` on the first line of a new comment, from a
// person with write access, acknowledged with 👀 and answered with 🚀 or 😕 and a reply saying why.
//
// Idempotency without local state: the 👀 reaction is the claim. GitHub answers 201 when it creates
// a reaction and 200 when this user (the App) already made it, so a redelivered webhook, or the same
// event reaching a second replica, finds its 👀 already there and does nothing. This needs no write
// to the state branch for read-only commands (help, check), and also covers a redelivery that GitHub
// gives a new delivery id. The cost: if the App dies between 👀 and its reply, a redelivery will not
// retry; the person re-posts the command (the reply explains errors, so this is rare and visible).

import { ConfigError, type Config } from '../../src/config.ts';
import { codeSpan } from '../../src/render/untrusted.ts';
import type { OctokitLike } from '../../src/state/github-store.ts';
import type { StateStore } from '../../src/state/types.ts';
import { parseCommand } from './parse.ts';
import { commandPermission } from './permission.ts';
import type { SlashCommand, SlashCommandContext, SlashCommandResult } from './types.ts';

/** GitHub's limit on a comment body (65,536 characters); replies are cut below it. */
export const COMMENT_BODY_LIMIT = 65_536;

export interface CommentCommandDeps {
  octokit: OctokitLike;
  repo: { owner: string; repo: string };
  /** The `issue_comment` webhook payload. */
  payload: any;
  log: { info(message: string): void; warn(message: string): void; error?(message: string): void };
  store: StateStore;
  /** The repository's configuration, or the error that reading it produced (reported to the commenter). */
  config: Config | ConfigError;
  commands: readonly SlashCommand[];
  deliveryId?: string;
  now?: () => Date;
  /** The App's own login, asked for only when a command edits one of the App's comments. */
  appLogin: () => Promise<string>;
}

export type CommandOutcome =
  | { kind: 'ignored'; reason: string }
  | { kind: 'duplicate' }
  | { kind: 'refused'; role: string }
  | { kind: 'unknown'; name: string | null }
  | { kind: 'answered'; command: string; ok: boolean };

type Reaction = 'eyes' | 'rocket' | 'confused';

/** What a command word may be: versions, ids, paths and options, but no `@`, markup or marker. */
const SAFE_WORD = /^[\w.:/+=,-]*$/;

async function react(deps: CommentCommandDeps, content: Reaction): Promise<number> {
  const { status } = await deps.octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
    ...deps.repo,
    comment_id: deps.payload.comment.id,
    content,
  });
  return status;
}

async function reply(deps: CommentCommandDeps, line: string, text: string): Promise<void> {
  const login = deps.payload.comment.user.login;
  // The command is quoted as code: its text is the commenter's, and may hold mentions, images or markers.
  let body = `> ${codeSpan(line)}\n\n@${login} ${text}`;
  if (body.length > COMMENT_BODY_LIMIT) {
    const note = '\n\n… (cut: GitHub comments hold at most 65,536 characters)';
    body = body.slice(0, COMMENT_BODY_LIMIT - note.length) + note;
  }
  await deps.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...deps.repo,
    issue_number: deps.payload.issue.number,
    body,
  });
}

async function answer(deps: CommentCommandDeps, line: string, result: SlashCommandResult): Promise<void> {
  await react(deps, result.ok ? 'rocket' : 'confused');
  await reply(deps, line, result.reply);
}

function isBot(user: { login?: string; type?: string } | undefined): boolean {
  return user?.type === 'Bot' || (user?.login ?? '').endsWith('[bot]');
}

export function helpText(commands: readonly SlashCommand[]): string {
  return [
    'mcpver commands (first line of a comment, by someone with write access):',
    '',
    ...commands.map((c) => `- \`${c.usage}\`: ${c.summary}`),
  ].join('\n');
}

export async function handleCommentCommand(deps: CommentCommandDeps): Promise<CommandOutcome> {
  const { payload } = deps;
  if (payload.action !== 'created') return { kind: 'ignored', reason: `comment ${payload.action}, not created` };
  const parsed = parseCommand(payload.comment?.body);
  if (!parsed) return { kind: 'ignored', reason: 'not an mcpver command' };
  // Bots never command the App, and the App's own replies quote commands: never answer ourselves.
  if (isBot(payload.comment.user) || isBot(payload.sender)) return { kind: 'ignored', reason: 'comment by a bot' };

  if ((await react(deps, 'eyes')) === 200) {
    deps.log.info(`comment ${payload.comment.id}: already acknowledged (redelivery), nothing to do`);
    return { kind: 'duplicate' };
  }

  try {
    return await afterAcknowledgement(deps, parsed.line, parsed.name, parsed.args);
  } catch (error) {
    // The 👀 claim is taken, so a redelivery will not retry: say what happened, so the person can.
    const e = error as Error;
    (deps.log.error ?? deps.log.warn)(`comment ${payload.comment.id}: ${e?.stack ?? String(error)}`);
    await answer(deps, parsed.line, {
      ok: false,
      reply: `Handling the command failed (${e?.message ?? String(error)}). This comment will not be retried: post the command again if it still needs doing.`,
    }).catch(() => undefined);
    return { kind: 'answered', command: parsed.name ?? '', ok: false };
  }
}

async function afterAcknowledgement(
  deps: CommentCommandDeps,
  line: string,
  name: string | null,
  args: string[],
): Promise<CommandOutcome> {
  const { payload } = deps;
  const parsed = { line, name, args };
  const login: string = payload.comment.user.login;
  const permission = await commandPermission(deps.octokit, deps.repo, login);
  if (!permission.allowed) {
    await answer(deps, parsed.line, {
      ok: false,
      reply: `mcpver commands need write access to ${deps.repo.owner}/${deps.repo.repo}; your role here is \`${permission.role}\`. Nothing was done.`,
    });
    return { kind: 'refused', role: permission.role };
  }

  // Replies name the arguments they were given: words that could mention, link or hide something are refused unrepeated.
  const unsafe = [parsed.name ?? '', ...parsed.args].some((word) => !SAFE_WORD.test(word));
  if (unsafe) {
    await answer(deps, parsed.line, {
      ok: false,
      reply:
        'Command names and arguments may contain only letters, digits and `._:/+=,-` (and `--` before an option). Nothing was done.',
    });
    return { kind: 'unknown', name: null };
  }
  const command = deps.commands.find((c) => c.name === parsed.name);
  if (!command) {
    const said = parsed.name ? `There is no ${codeSpan(`/mcpver ${parsed.name}`)} command.` : 'Say which command.';
    await answer(deps, parsed.line, { ok: false, reply: `${said}\n\n${helpText(deps.commands)}` });
    return { kind: 'unknown', name: parsed.name };
  }
  if (deps.config instanceof ConfigError) {
    await answer(deps, parsed.line, {
      ok: false,
      reply: `The configuration is not valid, so nothing was done: ${deps.config.message}`,
    });
    return { kind: 'answered', command: command.name, ok: false };
  }

  const ctx: SlashCommandContext = {
    octokit: deps.octokit,
    repo: deps.repo,
    store: deps.store,
    config: deps.config,
    actor: login,
    args: parsed.args,
    issueNumber: payload.issue.number,
    isPullRequest: Boolean(payload.issue.pull_request),
    ...(deps.deliveryId ? { deliveryId: deps.deliveryId } : {}),
    log: deps.log,
    ...(deps.now ? { now: deps.now } : {}),
    appLogin: deps.appLogin,
  };
  let result: SlashCommandResult;
  try {
    result = await command.run(ctx);
  } catch (error) {
    const e = error as Error;
    // Domain errors (…Error with a message for people) are shown; the log keeps the stack either way.
    (deps.log.error ?? deps.log.warn)(`/mcpver ${command.name} failed: ${e?.stack ?? String(error)}`);
    result = { ok: false, reply: `\`/mcpver ${command.name}\` failed: ${e?.message ?? String(error)}` };
  }
  await answer(deps, parsed.line, result);
  return { kind: 'answered', command: command.name, ok: result.ok };
}
