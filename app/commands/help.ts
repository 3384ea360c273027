// `/mcpver help`: the commands this installation answers, with their usage.

import { helpText } from './dispatch.ts';
import type { SlashCommand } from './types.ts';

export function makeHelpCommand(commands: () => readonly SlashCommand[]): SlashCommand {
  return {
    name: 'help',
    usage: '/mcpver help',
    summary: 'list the commands',
    async run() {
      return { ok: true, reply: helpText(commands()) };
    },
  };
}
