// A new prompt is listed.

import { itemKey } from '../surface-items.ts';
import { collectionRule, locateMcpItem } from './collection.ts';

export const rule = collectionRule({
  id: 'prompt-added',
  level: 'minor',
  surface: 'mcp',
  side: 'added',
  noun: 'Prompt',
  list: (s) => s.mcp?.prompts,
  key: (x) => x.name,
  item: itemKey.prompt,
  locate: locateMcpItem,
  description: 'A new prompt is listed.',
  rationale: 'A new capability: old clients are unaffected.',
});
