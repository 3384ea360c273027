// A tool the server listed is gone.

import { itemKey } from '../surface-items.ts';
import { collectionRule } from './collection.ts';
import { analyzeMcp } from '../schema/analysis.ts';

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
  description: 'A tool the server listed is gone.',
  rationale: 'Clients and agents that call the tool by name get an "unknown tool" error.',
});
