// A tool the server listed is gone.

import { itemKey } from '../surface-items.ts';
import { collectionRule } from './collection.ts';
import { analyzeMcp } from '../schema/analysis.ts';
import { possibleRenameNote } from '../schema/renames.ts';

export const rule = collectionRule({
  id: 'tool-removed',
  level: 'major',
  surface: 'mcp',
  side: 'removed',
  noun: 'Tool',
  list: (s) => s.mcp?.tools,
  key: (x) => x.name,
  item: itemKey.tool,
  // A renamed tool is reported once, by tool-renamed.
  renamed: (old, next) => analyzeMcp(old, next)?.toolRenames ?? [],
  // A same-shape item added under a name with too little evidence: a removal, with a note.
  note: (old, next, key) =>
    possibleRenameNote(
      'tool',
      (analyzeMcp(old, next)?.possibleToolRenames ?? []).filter((r) => r.from === key),
    ),
  description: 'A tool the server listed is gone.',
  rationale: 'Clients and agents that call the tool by name get an "unknown tool" error.',
});
