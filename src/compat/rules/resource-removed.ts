// A listed resource is gone.

import { itemKey } from '../surface-items.ts';
import { collectionRule } from './collection.ts';

export const rule = collectionRule({
  id: 'resource-removed',
  level: 'major',
  surface: 'mcp',
  side: 'removed',
  noun: 'Resource',
  list: (s) => s.mcp?.resources,
  key: (x) => x.uri,
  item: itemKey.resource,
  description: 'A listed resource is gone.',
  rationale: 'Clients that read or subscribe to the URI get an error.',
});
