// A new resource is listed.

import { itemKey } from '../surface-items.ts';
import { collectionRule } from './collection.ts';

export const rule = collectionRule({
  id: 'resource-added',
  level: 'minor',
  surface: 'mcp',
  side: 'added',
  noun: 'Resource',
  list: (s) => s.mcp?.resources,
  key: (x) => x.uri,
  item: itemKey.resource,
  description: 'A new resource is listed.',
  rationale: 'A new capability: old clients are unaffected.',
});
