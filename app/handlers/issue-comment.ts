// `issue_comment.created`: slash commands. The framework in app/commands/dispatch.ts does the work;
// this handler only hands it the commands and the event.

import { handleCommentCommand, type CommandOutcome } from '../commands/dispatch.ts';
import { slashCommands } from '../commands/registry.ts';
import type { SlashCommand } from '../commands/types.ts';
import type { HandlerDeps } from '../context.ts';

export function onIssueComment(
  deps: HandlerDeps,
  commands: readonly SlashCommand[] = slashCommands,
): Promise<CommandOutcome> {
  return handleCommentCommand({ ...deps, commands });
}
