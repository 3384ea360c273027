// A new resource template is listed.

import { itemKey } from '../surface-items.ts';
import { collectionRule } from './collection.ts';
import { templateChanges } from '../schema/templates.ts';

export const rule = collectionRule({
  id: 'resource-template-added',
  level: 'minor',
  surface: 'mcp',
  side: 'added',
  noun: 'Resource template',
  list: (s) => s.mcp?.resourceTemplates,
  key: (x) => x.uriTemplate,
  item: itemKey.resourceTemplate,
  // A template whose expression changed is reported once, by resource-template-changed.
  renamed: templateChanges,
  description: 'A new resource template is listed.',
  rationale: 'A new capability: old clients are unaffected.',
});
