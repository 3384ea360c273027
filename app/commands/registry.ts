// Every slash command the App answers, in one list. A command is one file exporting a SlashCommand
// (see types.ts and docs/app.md); adding one is adding its file and one line here.

import { makeAbCommand } from './ab.ts';
import { checkCommand } from './check.ts';
import { makeHelpCommand } from './help.ts';
import { makeMigrateCommand } from './migrate.ts';
import { rollbackCommand } from './rollback.ts';
import type { SlashCommand } from './types.ts';

/** The AI endpoint of the App's own environment; without a key, no command asks for advice. */
export interface AiEndpoint {
  apiKey: string | null;
  baseUrl?: string;
}

/** The commands, with the App's AI endpoint handed to those that write advice paragraphs. */
export function makeSlashCommands(ai: AiEndpoint = { apiKey: null }): SlashCommand[] {
  const commands: SlashCommand[] = [];
  const options = { aiApiKey: ai.apiKey, ...(ai.baseUrl ? { aiBaseUrl: ai.baseUrl } : {}) };
  commands.push(
    makeHelpCommand(() => commands),
    checkCommand,
    rollbackCommand,
    makeMigrateCommand(options),
    makeAbCommand(options),
  );
  return commands;
}

export const slashCommands: SlashCommand[] = makeSlashCommands();
