// Every slash command the App answers, in one list. A command is one file exporting a SlashCommand
// (see types.ts and docs/app.md); adding one is adding its file and one line here.

import { abCommand } from './ab.ts';
import { checkCommand } from './check.ts';
import { makeHelpCommand } from './help.ts';
import { migrateCommand } from './migrate.ts';
import { rollbackCommand } from './rollback.ts';
import type { SlashCommand } from './types.ts';

export const slashCommands: SlashCommand[] = [];
slashCommands.push(makeHelpCommand(() => slashCommands), checkCommand, rollbackCommand, migrateCommand, abCommand);
