// A new tool is listed.

import { itemKey } from '../surface-items.ts';
import { collectionRule } from './collection.ts';
import { analyzeMcp } from '../schema/analysis.ts';

export const rule = collectionRule({
  id: 'tool-added',
  level: 'minor',
  surface: 'mcp',
  side: 'added',
  noun: 'Tool',
  list: (s) => s.mcp?.tools,
  key: (x) => x.name,
  item: itemKey.tool,
  // A renamed tool is reported once, by tool-renamed.
  renamed: (old, next) => analyzeMcp(old, next)?.toolRenames ?? [],
  description: 'A new tool is listed.',
  rationale: 'A new capability: old clients are unaffected, new ones may use it.',
});
