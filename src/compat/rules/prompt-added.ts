// A new prompt is listed.

import { itemKey } from '../surface-items.ts';
import { collectionRule } from './collection.ts';
import { analyzeMcp } from '../schema/analysis.ts';

export const rule = collectionRule({
  id: 'prompt-added',
  level: 'minor',
  surface: 'mcp',
  side: 'added',
  noun: 'Prompt',
  list: (s) => s.mcp?.prompts,
  key: (x) => x.name,
  item: itemKey.prompt,
  // A renamed prompt is reported once, by prompt-renamed.
  renamed: (old, next) => analyzeMcp(old, next)?.promptRenames ?? [],
  description: 'A new prompt is listed.',
  rationale: 'A new capability: old clients are unaffected.',
});
