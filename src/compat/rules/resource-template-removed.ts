// A listed resource template is gone.

import { itemKey } from '../surface-items.ts';
import { collectionRule } from './collection.ts';
import { templateChanges } from '../schema/templates.ts';

export const rule = collectionRule({
  id: 'resource-template-removed',
  level: 'major',
  surface: 'mcp',
  side: 'removed',
  noun: 'Resource template',
  list: (s) => s.mcp?.resourceTemplates,
  key: (x) => x.uriTemplate,
  item: itemKey.resourceTemplate,
  // A template whose expression changed is reported once, by resource-template-changed.
  renamed: templateChanges,
  description: 'A listed resource template is gone.',
  rationale: 'Clients that expand the template and read the URI get an error.',
});
